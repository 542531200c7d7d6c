-- The overdue list and the lists sorted by termijn read only these columns: with them in the index, SQLite answers
-- from the index without visiting the rows.
DROP INDEX moties_status_termijn;
CREATE INDEX moties_status_termijn ON moties (status, termijn, nummer, nummerreeks);
DROP INDEX toezeggingen_status_termijn;
CREATE INDEX toezeggingen_status_termijn ON toezeggingen (status, termijn, nummer, nummerreeks);

-- An import rewrites every column of the rows it updates; the search index only needs to change when the text did.
DROP TRIGGER moties_zoek_bij;
CREATE TRIGGER moties_zoek_bij AFTER UPDATE OF nummer, titel, dictum ON moties
WHEN old.nummer IS NOT new.nummer OR old.titel IS NOT new.titel OR old.dictum IS NOT new.dictum BEGIN
  UPDATE zoekindex SET nummer = new.nummer, titel = new.titel, tekst = new.dictum WHERE rowid = new.id * 2;
END;
DROP TRIGGER toezeggingen_zoek_bij;
CREATE TRIGGER toezeggingen_zoek_bij AFTER UPDATE OF nummer, omschrijving ON toezeggingen
WHEN old.nummer IS NOT new.nummer OR old.omschrijving IS NOT new.omschrijving BEGIN
  UPDATE zoekindex SET nummer = new.nummer, tekst = new.omschrijving WHERE rowid = new.id * 2 + 1;
END;

-- A search for a common word matches thousands of items, which are sorted by termijn before the first page is known.
-- Reading the sort columns from this narrow index instead of from the rows, which hold the long dictum, is what
-- keeps that quick; the search names it (INDEXED BY), since without statistics SQLite would read the rows.
CREATE INDEX moties_sorteer ON moties (id, termijn, nummer, nummerreeks);
CREATE INDEX toezeggingen_sorteer ON toezeggingen (id, termijn, nummer, nummerreeks);
