#!/usr/bin/env node
// The `klankbord` command; the TypeScript sources are compiled to dist/ by `npm ci` (the root prepare script).
import { main } from '../dist/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
