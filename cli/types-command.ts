import type { OutputOf } from '../api/contract/index.js';
import { invoke, withContext } from './door.js';

type TypeList = OutputOf<'memos.types'>;
type Manifest = TypeList['types'][number];

function describeType(manifest: Manifest): string {
  const velden = manifest.velden.map((v) => `${v.label} (${v.soort}${v.verplicht ? ', verplicht' : ''})`);
  const secties = manifest.secties.map((s) =>
    'vrij' in s ? '[eigen secties]' : `${s.titel}${s.verplicht ? '*' : ''}`,
  );
  return [
    `${manifest.type}: ${manifest.titel}`,
    `  velden:  ${velden.length === 0 ? '(alleen de velden die elke nota heeft)' : velden.join(', ')}`,
    `  secties: ${secties.join(', ')}   (* verplicht)`,
  ].join('\n');
}

/**
 * `raadsnota types` (`memos.types`): the memo types this installation has, and those that do not load with the file
 * and the problem. A refused type makes the command fail, so that a functioneel beheerder who checks a new type sees
 * it in the exit code too.
 */
export async function typesCommand(): Promise<{ text: string; refused: boolean }> {
  const list = await withContext({}, (ctx) => invoke(ctx, 'memos.types', {}));
  const refused = list.geweigerd.map((r) =>
    [
      `${r.type}: NIET TE GEBRUIKEN (${r.bestand})`,
      ...r.problemen.map((p) => `  - ${p.path ? `${p.path}: ` : ''}${p.message}`),
    ].join('\n'),
  );
  return { text: [...list.types.map(describeType), ...refused].join('\n\n'), refused: refused.length > 0 };
}
