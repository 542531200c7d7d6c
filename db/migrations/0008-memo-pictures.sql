-- The pictures of a memo written in the app: the editor adds a PNG or JPEG to a memo, and its sections name it by
-- `<img src="afbeelding-1.png">`. Kept in the register with the memo, so that a backup holds them, rendering needs no
-- folder, and every window and computer that opens the memo finds the same picture under the same name.
CREATE TABLE memo_afbeeldingen (
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  -- Only names the app gives (afbeelding-<n>.png or .jpg, n a number), never a path or an address.
  naam TEXT NOT NULL CHECK (
    (naam GLOB 'afbeelding-[1-9]*.png' OR naam GLOB 'afbeelding-[1-9]*.jpg')
    AND substr(naam, 12, length(naam) - 15) NOT GLOB '*[^0-9]*'
  ),
  mediatype TEXT NOT NULL CHECK (mediatype IN ('image/png', 'image/jpeg')),
  grootte INTEGER NOT NULL CHECK (grootte > 0),
  breedte INTEGER NOT NULL CHECK (breedte > 0),
  hoogte INTEGER NOT NULL CHECK (hoogte > 0),
  inhoud BLOB NOT NULL CHECK (length(inhoud) = grootte),
  created_at TEXT NOT NULL,
  PRIMARY KEY (memo_id, naam)
) STRICT;
