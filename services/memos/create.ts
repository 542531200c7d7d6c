import type { MemoCreate, StoredMemo } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { fixedSections, sectionVelden, type Manifest } from '../../core/model/manifest.js';
import { getStoredMemo } from './get.js';
import { storeNewMemo } from './store.js';

/**
 * A new memo of a type, as a concept: the sections its manifest requires are there, in the manifest's order and
 * empty, so that the writer sees what to fill in; so is an optional section that holds a required choice (a
 * raadsvoorstel's openbaarheid), since the choice is made in its section. The manifest is given (the door's assets
 * read it), as the type's.
 */
export function createMemo(db: Register, input: MemoCreate, manifest: Manifest, change: Change): StoredMemo {
  const choices = sectionVelden(manifest);
  const secties = fixedSections(manifest)
    .filter((sectie) => sectie.verplicht || choices.get(sectie.sleutel)?.verplicht === true)
    .map((sectie) => ({ sleutel: sectie.sleutel, inhoud: '' }));
  const memo = {
    type: input.type,
    ...(input.onderwerp !== undefined && { onderwerp: input.onderwerp }),
    secties,
  };
  const { id } = storeNewMemo(db, memo, change, 'aangemaakt');
  return getStoredMemo(db, { id });
}
