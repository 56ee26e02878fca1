/** Copies the reviewed SQL files of src/pipeline/sql to dist/pipeline/sql, where the compiled pipeline reads them. */
import { cpSync, rmSync } from 'node:fs'

const from = new URL('../src/pipeline/sql/', import.meta.url)
const to = new URL('../dist/pipeline/sql/', import.meta.url)
// A file removed from src must not linger in dist.
rmSync(to, { recursive: true, force: true })
cpSync(from, to, { recursive: true })
