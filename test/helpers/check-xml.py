# An independent reader for the fuzz harness: libexpat (through Python's standard library) checks that every XML
# part of each DOCX named on the command line is well-formed XML 1.0, character references included, and that the
# parts a word processor needs are there. Prints one JSON object: {"<file>": ["<problem>", ...], ...}, empty lists
# for good files. Written in Python so that the check shares no code with the engine, which uses saxes.
import json
import sys
import xml.parsers.expat
import zipfile

REQUIRED = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]


def problems_of(path):
    found = []
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        return [f"not a zip archive: {error}"]
    with archive:
        names = archive.namelist()
        found += [f"part {name} is missing" for name in REQUIRED if name not in names]
        bad = archive.testzip()
        if bad is not None:
            found.append(f"part {bad} fails its CRC check")
        for name in names:
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            parser = xml.parsers.expat.ParserCreate()
            try:
                parser.Parse(archive.read(name), True)
            except xml.parsers.expat.ExpatError as error:
                found.append(f"{name}: {error}")
    return found


print(json.dumps({path: problems_of(path) for path in sys.argv[1:]}))
