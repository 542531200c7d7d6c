// The register's code (openRegister, searchItems, the import's service calls and their parts) for the register
// benchmark; exceljs stays outside.
import { bundleForBench } from './bundle.mjs';

export function bundleRegister(projectRoot, outDir) {
  return bundleForBench(
    projectRoot,
    outDir,
    'register',
    [
      "export { openRegister } from './db/connection.ts';",
      "export { searchItems, searchSql, walksInOrder } from './services/register/search.ts';",
      "export { importItems, previewImport } from './services/register/import/store.ts';",
      "export { importList, previewList } from './services/register/import/run.ts';",
      "export { isOverdue } from './services/register/rules.ts';",
      "export { guessMapping, mapRows, readTable } from './services/register/import/index.ts';",
    ],
    ['exceljs'],
  );
}
