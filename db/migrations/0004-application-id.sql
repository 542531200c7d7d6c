-- Marks the file as a Raadsnota register (db/identity.ts), so that one is never mistaken for another program's
-- SQLite file: the register refuses to open such a file instead of adding its tables to it.
PRAGMA application_id = 1380008260;
