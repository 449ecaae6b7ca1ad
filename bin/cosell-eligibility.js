#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and compiled to dist/ by `npm install` (the prepare script).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
