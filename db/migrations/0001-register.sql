-- The register of moties and toezeggingen, the memos that answer them, and their history.
-- Dates are ISO 8601 text (2026-03-14); times are ISO 8601 in UTC.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('informatienota', 'raadsmededeling')),
  onderwerp TEXT NOT NULL,
  kenmerk TEXT,
  status TEXT NOT NULL DEFAULT 'concept'
    CHECK (status IN ('concept', 'ambtelijk akkoord', 'portefeuillehouder akkoord', 'B&W-besluit', 'verzonden')),
  versie INTEGER NOT NULL DEFAULT 1 CHECK (versie >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Every version of a memo's content, as the memo model's JSON. A version that was sent is frozen: a change makes a
-- new version, and the earlier one stays readable.
CREATE TABLE memo_versies (
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  versie INTEGER NOT NULL CHECK (versie >= 1),
  inhoud TEXT NOT NULL CHECK (json_valid(inhoud)),
  bevroren INTEGER NOT NULL DEFAULT 0 CHECK (bevroren IN (0, 1)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (memo_id, versie)
) STRICT;

CREATE TABLE moties (
  id INTEGER PRIMARY KEY,
  nummer TEXT NOT NULL,
  -- What the number is unique within: the year, or the meeting, as the municipality numbers its moties.
  nummerreeks TEXT NOT NULL,
  titel TEXT NOT NULL,
  vergadering TEXT NOT NULL,
  agendapunt TEXT,
  datum_aangenomen TEXT,
  indieners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indieners)),
  dictum TEXT NOT NULL DEFAULT '',
  portefeuillehouder TEXT,
  termijn TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
    ('open', 'in behandeling', 'deels afgedaan', 'afgedaan', 'verworpen', 'ingetrokken', 'aangehouden')),
  afgedaan_op TEXT,
  afdoening_memo_id INTEGER REFERENCES memos (id),
  afdoening_reden TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (nummerreeks, nummer)
) STRICT;

CREATE TABLE toezeggingen (
  id INTEGER PRIMARY KEY,
  nummer TEXT NOT NULL,
  nummerreeks TEXT NOT NULL,
  omschrijving TEXT NOT NULL,
  gedaan_door TEXT,
  vergadering TEXT NOT NULL,
  gedaan_op TEXT NOT NULL,
  portefeuillehouder TEXT,
  termijn TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in behandeling', 'deels afgedaan', 'afgedaan')),
  afgedaan_op TEXT,
  afdoening_memo_id INTEGER REFERENCES memos (id),
  afdoening_reden TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (nummerreeks, nummer)
) STRICT;

CREATE TABLE memo_moties (
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  motie_id INTEGER NOT NULL REFERENCES moties (id),
  PRIMARY KEY (memo_id, motie_id)
) STRICT;

CREATE TABLE memo_toezeggingen (
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  toezegging_id INTEGER NOT NULL REFERENCES toezeggingen (id),
  PRIMARY KEY (memo_id, toezegging_id)
) STRICT;

-- Every change of status or termijn, with who and when: a "deels afgedaan" keeps its earlier deadline here.
CREATE TABLE historie (
  id INTEGER PRIMARY KEY,
  soort TEXT NOT NULL CHECK (soort IN ('motie', 'toezegging')),
  item_id INTEGER NOT NULL,
  veld TEXT NOT NULL CHECK (veld IN ('status', 'termijn')),
  oud TEXT,
  nieuw TEXT,
  toelichting TEXT,
  door TEXT NOT NULL,
  op TEXT NOT NULL
) STRICT;

CREATE INDEX moties_status_termijn ON moties (status, termijn);
CREATE INDEX moties_portefeuillehouder ON moties (portefeuillehouder);
CREATE INDEX toezeggingen_status_termijn ON toezeggingen (status, termijn);
CREATE INDEX toezeggingen_portefeuillehouder ON toezeggingen (portefeuillehouder);
CREATE INDEX historie_item ON historie (soort, item_id);

-- Search over numbers, titles, dictum and omschrijving; remove_diacritics folds "financiële" to "financiele".
-- A motie's row is 2 × its id and a toezegging's 2 × id + 1, so that the triggers find it by rowid, not by a scan.
CREATE VIRTUAL TABLE zoekindex USING fts5 (
  soort UNINDEXED,
  item_id UNINDEXED,
  nummer,
  titel,
  tekst,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER moties_zoek_in AFTER INSERT ON moties BEGIN
  INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
  VALUES (new.id * 2, 'motie', new.id, new.nummer, new.titel, new.dictum);
END;
CREATE TRIGGER moties_zoek_uit AFTER DELETE ON moties BEGIN
  DELETE FROM zoekindex WHERE rowid = old.id * 2;
END;
CREATE TRIGGER moties_zoek_bij AFTER UPDATE OF nummer, titel, dictum ON moties BEGIN
  UPDATE zoekindex SET nummer = new.nummer, titel = new.titel, tekst = new.dictum WHERE rowid = new.id * 2;
END;

CREATE TRIGGER toezeggingen_zoek_in AFTER INSERT ON toezeggingen BEGIN
  INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
  VALUES (new.id * 2 + 1, 'toezegging', new.id, new.nummer, '', new.omschrijving);
END;
CREATE TRIGGER toezeggingen_zoek_uit AFTER DELETE ON toezeggingen BEGIN
  DELETE FROM zoekindex WHERE rowid = old.id * 2 + 1;
END;
CREATE TRIGGER toezeggingen_zoek_bij AFTER UPDATE OF nummer, omschrijving ON toezeggingen BEGIN
  UPDATE zoekindex SET nummer = new.nummer, tekst = new.omschrijving WHERE rowid = new.id * 2 + 1;
END;
