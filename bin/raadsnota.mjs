#!/usr/bin/env node
// The compiled CLI: `npm ci` builds dist/ (the prepare script), so no TypeScript loader runs at start-up.
import { main } from '../dist/cli.mjs';

process.exitCode = await main(process.argv.slice(2));
