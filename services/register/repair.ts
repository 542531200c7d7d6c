import { quote } from '../../core/errors.js';
import type { Register } from '../../db/connection.js';
import { explained, isDamage, RegisterDamaged, RegisterRefused } from '../../db/errors.js';
import { repairRegister } from '../../db/repair.js';
import { summarize } from '../../files/sqlite-files.js';

function notRepaired(file: string, why: string): RegisterRefused {
  return new RegisterRefused(
    `het register ${quote(file)} kan niet worden hersteld: ${why}; er is niets aan veranderd. Zet een ` +
      `reservekopie terug met raadsnota restore <reservekopie> --db ${quote(file)}`,
  );
}

/**
 * Rebuilds the search index and the indexes of a damaged register (db/repair.ts). `open` opens it without looking
 * for damage first. Damage that remains is in the tables themselves: then only a backup helps, and the refusal says
 * so. A register too damaged to be opened, or whose damage stops the rebuild, is not repaired, and the refusal says
 * that instead.
 */
export function repairAt(file: string, open: () => Register): { register: string } {
  let db: Register;
  try {
    db = open();
  } catch (error) {
    if (error instanceof RegisterDamaged) {
      throw notRepaired(file, `het is zo beschadigd dat het niet kan worden geopend (${error.detail})`);
    }
    throw error;
  }
  let problems: string[];
  try {
    problems = repairRegister(db);
  } catch (error) {
    if (isDamage(error)) throw notRepaired(file, `de schade hield het herstel tegen (${error.message})`);
    throw explained(error, file);
  }
  if (problems.length > 0) {
    throw new RegisterRefused(
      `het register ${quote(file)} is ook na herstel beschadigd (${summarize(problems)}); de schade zit in de ` +
        `gegevens zelf. Zet een reservekopie terug met raadsnota restore <reservekopie> --db ${quote(file)}`,
    );
  }
  return { register: file };
}
