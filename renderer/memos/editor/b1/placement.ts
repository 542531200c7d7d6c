import type { Node as PmNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import type { Finding } from '../../../../readability/index.js';
import { docStreams, htmlStreams, placeRange, sameText, type DocStreams } from './text-streams.js';

/** The B1 check's findings of one section, with the HTML they were found in: their ranges are in that string. */
export type B1Findings = { html: string; findings: readonly Finding[] };

/** A finding placed in the editor's document. */
export interface PlacedFinding {
  from: number;
  to: number;
  finding: Finding;
  /** The footnote (0-based) the finding is in, when it is in one. */
  footnote?: number;
  /** Placed on the footnote's marker, because the editor does not show the footnote's text as text. */
  onMarker?: true;
}

/** A document the editor had, and where in the mapping since the oldest such document its own changes begin. */
export interface Snapshot {
  doc: PmNode;
  mapFrom: number;
}

// A document is immutable: its streams are computed once, and only when findings are placed in it.
const streamsCache = new WeakMap<PmNode, DocStreams>();
function streamsOf(doc: PmNode): DocStreams {
  let streams = streamsCache.get(doc);
  if (!streams) {
    streams = docStreams(doc);
    streamsCache.set(doc, streams);
  }
  return streams;
}

/** Whether a range lies in the document: a range read in an older document may not, once mapped or misplaced. */
const within = (doc: PmNode, from: number, to: number): boolean => from >= 0 && to <= doc.content.size;

/** The document's text of a range, as compared before and after the changes a finding is mapped through. */
const textOf = (doc: PmNode, from: number, to: number): string => doc.textBetween(from, to, '\n', '\ufffc');

/**
 * The findings placed in `doc`. They were found in `findings.html`, the HTML of one of the documents the editor has
 * had since (`snapshots`, newest last, the last one `doc` itself): the newest whose text is that of the HTML is
 * where their ranges are read, and they are mapped through the changes made since. A finding whose text was changed
 * since is left out, as is everything when no snapshot has that text: it waits for the next check, never drawn at a
 * wrong place. Undefined in that last case.
 */
export function placeFindings(
  findings: B1Findings,
  snapshots: readonly Snapshot[],
  mapping: Mapping,
  doc: PmNode,
): PlacedFinding[] | undefined {
  const html = htmlStreams(findings.html);
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const snapshot = snapshots[i];
    if (!snapshot) continue;
    const streams = streamsOf(snapshot.doc);
    if (!sameText(streams, html)) continue;
    const since = mapping.slice(snapshot.mapFrom);
    return findings.findings.flatMap((finding): PlacedFinding[] => {
      const placed = placeRange(streams, html, finding.start, finding.end);
      if (!placed || !within(snapshot.doc, placed.from, placed.to)) return [];
      const from = since.map(placed.from, 1);
      const to = since.map(placed.to, -1);
      if (
        from >= to ||
        !within(doc, from, to) ||
        textOf(snapshot.doc, placed.from, placed.to) !== textOf(doc, from, to)
      )
        return [];
      const { footnote, onMarker } = placed;
      return [
        {
          from,
          to,
          finding,
          ...(footnote === undefined ? {} : { footnote }),
          ...(onMarker ? { onMarker } : {}),
        },
      ];
    });
  }
  return undefined;
}
