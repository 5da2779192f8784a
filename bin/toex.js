#!/usr/bin/env node
// Entry point for `npx toex` and `npm start`: runs the compiled CLI (built by `npm install`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
