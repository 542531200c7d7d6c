-- Search as you type: every keystroke searches with the last word as a prefix ("ve", "M-2"), and a short prefix matches
-- many of the index's words, whose lists FTS5 would merge at every search (tens of ms on 100,000 items). A prefix index
-- of the first one, two and three characters holds those lists ready. FTS5 takes its options only at creation, so the
-- index is made again, filled from the items, and its triggers, which name it, with it.
DROP TRIGGER moties_zoek_in;
DROP TRIGGER moties_zoek_uit;
DROP TRIGGER moties_zoek_bij;
DROP TRIGGER toezeggingen_zoek_in;
DROP TRIGGER toezeggingen_zoek_uit;
DROP TRIGGER toezeggingen_zoek_bij;
DROP TABLE zoekindex;

CREATE VIRTUAL TABLE zoekindex USING fts5 (
  soort UNINDEXED,
  item_id UNINDEXED,
  nummer,
  titel,
  tekst,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
SELECT id * 2, 'motie', id, nummer, titel, dictum FROM moties;
INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
SELECT id * 2 + 1, 'toezegging', id, nummer, '', omschrijving FROM toezeggingen;

CREATE TRIGGER moties_zoek_in AFTER INSERT ON moties BEGIN
  INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
  VALUES (new.id * 2, 'motie', new.id, new.nummer, new.titel, new.dictum);
END;
CREATE TRIGGER moties_zoek_uit AFTER DELETE ON moties BEGIN
  DELETE FROM zoekindex WHERE rowid = old.id * 2;
END;
CREATE TRIGGER moties_zoek_bij AFTER UPDATE OF nummer, titel, dictum ON moties
WHEN old.nummer IS NOT new.nummer OR old.titel IS NOT new.titel OR old.dictum IS NOT new.dictum BEGIN
  UPDATE zoekindex SET nummer = new.nummer, titel = new.titel, tekst = new.dictum WHERE rowid = new.id * 2;
END;

CREATE TRIGGER toezeggingen_zoek_in AFTER INSERT ON toezeggingen BEGIN
  INSERT INTO zoekindex (rowid, soort, item_id, nummer, titel, tekst)
  VALUES (new.id * 2 + 1, 'toezegging', new.id, new.nummer, '', new.omschrijving);
END;
CREATE TRIGGER toezeggingen_zoek_uit AFTER DELETE ON toezeggingen BEGIN
  DELETE FROM zoekindex WHERE rowid = old.id * 2 + 1;
END;
CREATE TRIGGER toezeggingen_zoek_bij AFTER UPDATE OF nummer, omschrijving ON toezeggingen
WHEN old.nummer IS NOT new.nummer OR old.omschrijving IS NOT new.omschrijving BEGIN
  UPDATE zoekindex SET nummer = new.nummer, tekst = new.omschrijving WHERE rowid = new.id * 2 + 1;
END;
