import type { Register } from '../../db/connection.js';

/**
 * Where the search index and the items disagree: an item without its row in zoekindex, a row whose text is not the
 * item's, or a row without an item. Empty when the index is in step. Written against the tables, independently of
 * the triggers and repositories that keep the index, so that it catches a write path that forgets it.
 */
export function searchIndexDrift(db: Register): string[] {
  const rows = db
    .prepare(
      `SELECT 'motie ' || m.nummer AS drift FROM moties m LEFT JOIN zoekindex z ON z.rowid = m.id * 2
       WHERE z.rowid IS NULL OR z.soort IS NOT 'motie' OR z.item_id IS NOT m.id
          OR z.nummer IS NOT m.nummer OR z.titel IS NOT m.titel OR z.tekst IS NOT m.dictum
       UNION ALL
       SELECT 'toezegging ' || t.nummer FROM toezeggingen t LEFT JOIN zoekindex z ON z.rowid = t.id * 2 + 1
       WHERE z.rowid IS NULL OR z.soort IS NOT 'toezegging' OR z.item_id IS NOT t.id
          OR z.nummer IS NOT t.nummer OR z.titel IS NOT '' OR z.tekst IS NOT t.omschrijving
       UNION ALL
       SELECT 'zoekindex ' || z.rowid FROM zoekindex z
       WHERE NOT EXISTS (SELECT 1 FROM moties m WHERE m.id * 2 = z.rowid)
         AND NOT EXISTS (SELECT 1 FROM toezeggingen t WHERE t.id * 2 + 1 = z.rowid)`,
    )
    .all() as { drift: string }[];
  return rows.map((row) => row.drift);
}
