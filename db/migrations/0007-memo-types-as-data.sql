-- Memo types are data: every manifest in the templates folder is a type, and a functioneel beheerder adds one without
-- a release. The memos table named the two types the first version shipped; it now takes any type key of the form
-- the manifests use (lower-case letters, digits and hyphens), and the memo store checks it against the installed types.
-- SQLite cannot drop a CHECK in place, so the table is rebuilt as its documentation prescribes (migrate() runs every
-- migration with foreign keys off and checks them all before the commit).
CREATE TABLE memos_nieuw (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 64 AND type NOT GLOB '*[^a-z0-9-]*' AND type GLOB '[a-z]*'),
  onderwerp TEXT NOT NULL,
  kenmerk TEXT,
  status TEXT NOT NULL DEFAULT 'concept'
    CHECK (status IN ('concept', 'ambtelijk akkoord', 'portefeuillehouder akkoord', 'B&W-besluit', 'verzonden')),
  versie INTEGER NOT NULL DEFAULT 1 CHECK (versie >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revisie INTEGER NOT NULL DEFAULT 1 CHECK (revisie >= 1)
) STRICT;

INSERT INTO memos_nieuw (id, type, onderwerp, kenmerk, status, versie, created_at, updated_at, revisie)
SELECT id, type, onderwerp, kenmerk, status, versie, created_at, updated_at, revisie FROM memos;

DROP TABLE memos;
ALTER TABLE memos_nieuw RENAME TO memos;

CREATE TRIGGER memos_zoek_uit AFTER DELETE ON memos BEGIN
  DELETE FROM memo_zoekindex WHERE rowid = old.id;
END;
