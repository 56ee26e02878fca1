import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storePublication } from '../../api/src/services/statistics/publication-store.js'
import { createPublishedMirror } from '../../api/src/services/statistics/published-mirror.js'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

for (const kind of STORE_KINDS) {
  describe.skipIf(!kind.available())(`the publication stored once and copied per instance, on ${kind.kind}`, () => {
    let store: Store
    let work: string
    beforeAll(async () => {
      store = await kind.open()
      work = mkdtempSync(join(tmpdir(), 'klankbord-mirror-'))
    })
    afterAll(async () => {
      await store?.close()
      rmSync(work, { recursive: true, force: true })
    })

    /** A pipeline output folder with one table and its time, as a run leaves it (with a partial file it skips). */
    function outDir(name: string, content: string, time: Date): string {
      const dir = join(work, name)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'concerns.csv'), content)
      writeFileSync(join(dir, '.concerns.arrow'), 'half written')
      utimesSync(join(dir, 'concerns.csv'), time, time)
      return dir
    }

    it('serves nothing before the first publication, then every version with its files and times, on every instance', async () => {
      const one = createPublishedMirror(store, join(work, 'instance-one'))
      const two = createPublishedMirror(store, join(work, 'instance-two'))
      expect(await one.current()).toBeUndefined()
      expect(existsSync(await one.dir())).toBe(false)

      const first = await storePublication(store, outDir('run-1', 'jaar,aantal\n2025,40\n', new Date('2026-01-02T03:04:05Z')), new Date())
      one.refresh()
      const seen = (await one.current())!
      expect(seen.version).toBe(first.version)
      expect(readdirSync(seen.dir)).toEqual(['concerns.csv'])
      expect(readFileSync(join(seen.dir, 'concerns.csv'), 'utf8')).toBe('jaar,aantal\n2025,40\n')
      expect(statSync(join(seen.dir, 'concerns.csv')).mtime.toISOString()).toBe('2026-01-02T03:04:05.000Z')
      const alsoSeen = (await two.current())!
      expect(alsoSeen.version).toBe(first.version)
      expect(alsoSeen.dir).not.toBe(seen.dir)

      // Two newer versions: the store keeps only the newest; each instance keeps its copy of the one before.
      const second = await storePublication(store, outDir('run-2', 'jaar,aantal\n2025,41\n', new Date('2026-01-03T03:04:05Z')), new Date())
      const third = await storePublication(store, outDir('run-3', 'jaar,aantal\n2025,42\n', new Date('2026-01-04T03:04:05Z')), new Date())
      expect(third.version).toBeGreaterThan(second.version)
      one.refresh()
      const now = (await one.current())!
      expect(now.version).toBe(third.version)
      expect(readFileSync(join(now.dir, 'concerns.csv'), 'utf8')).toBe('jaar,aantal\n2025,42\n')
      expect(existsSync(seen.dir)).toBe(false)
    })

    it('an instance sees a new version within the freshness bound without being told', async () => {
      let clock = 0
      const mirror = createPublishedMirror(store, join(work, 'instance-three'), () => clock)
      const before = (await mirror.current())!.version
      const next = await storePublication(store, outDir('run-4', 'jaar,aantal\n2025,43\n', new Date()), new Date())
      expect((await mirror.current())!.version).toBe(before)
      clock += 2_000
      expect((await mirror.current())!.version).toBe(next.version)
    })
  })
}
