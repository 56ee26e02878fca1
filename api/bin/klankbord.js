#!/usr/bin/env node
// The `klankbord` command; the TypeScript sources are compiled to dist/ by `npm ci` (the root prepare script).
// Before anything is written: the data directory, keys, exports and reports are for the owner alone.
process.umask(0o077)
const { main } = await import('../dist/cli/main.js')

process.exitCode = await main(process.argv.slice(2))
