// The register's utility process (Electron's utilityProcess.fork): the operation table runs here, off the main
// process, so that an import of 10,000 rows never freezes the window. The main process only forwards calls.
import { hostContext } from './register-host/context.js';
import { parseHostArgs } from './register-host/options.js';
import { secretsFromMain } from './register-host/secrets.js';
import { serveRegister } from './register-host/serve.js';

const ctx = hostContext(
  parseHostArgs(process.argv.slice(1)),
  (error) => {
    // A fault of Raadsnota itself: the user gets a Dutch message, the stack goes to the app's log.
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  },
  secretsFromMain(process.parentPort),
);
serveRegister(process.parentPort, ctx);
process.on('exit', () => {
  ctx.db.close();
});
