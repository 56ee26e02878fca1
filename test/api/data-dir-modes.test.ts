import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'

const parent = mkdtempSync(join(tmpdir(), 'klankbord-modes-'))
afterAll(() => rmSync(parent, { recursive: true, force: true }))

/** Every folder and file below `dir` whose mode lets group or others in, as `path mode`. */
function openToOthers(dir: string): string[] {
  const found: string[] = []
  const visit = (path: string) => {
    const mode = lstatSync(path).mode
    if (mode & 0o077) found.push(`${path.slice(parent.length)} ${(mode & 0o777).toString(8)}`)
    if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
  }
  visit(dir)
  return found
}

describe('the embedded store on disk', () => {
  it('keeps every file 0600 and every folder 0700 in a data directory made beforehand with 0755, whatever the umask', async () => {
    const dataDir = join(parent, 'data')
    mkdirSync(dataDir)
    chmodSync(dataDir, 0o755)
    // Left by an earlier version or an administrator: tightened at start as well.
    writeFileSync(join(dataDir, 'notes.txt'), 'x')
    chmodSync(join(dataDir, 'notes.txt'), 0o644)
    const previous = process.umask(0)
    try {
      const store = await openPgliteStore({ dataDir, durableFlush: false })
      await migrateStore(store)
      await store.close()
    } finally {
      process.umask(previous)
    }
    expect(readdirSync(join(dataDir, 'pgdata')).length).toBeGreaterThan(5)
    expect(openToOthers(dataDir)).toEqual([])
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700)
    expect(lstatSync(join(dataDir, 'pgdata', 'PG_VERSION')).mode & 0o777).toBe(0o600)
  })
})
