import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareOutDir } from '../../api/src/services/statistics/previous-publication-dir.js'
import { storePublication } from '../../api/src/services/statistics/publication-store.js'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

for (const kind of STORE_KINDS) {
  describe.skipIf(!kind.available())(`the pipeline's folder before a run, on ${kind.kind}`, () => {
    let store: Store
    let work: string
    beforeAll(async () => {
      store = await kind.open()
      work = mkdtempSync(join(tmpdir(), 'klankbord-previous-'))
    })
    afterAll(async () => {
      await store?.close()
      rmSync(work, { recursive: true, force: true })
    })

    it('leaves a folder alone while nothing is published, then takes the stored version (without the lists of texts) when it holds another', async () => {
      const here = join(work, 'instance-b', 'statistics')
      mkdirSync(here, { recursive: true })
      writeFileSync(join(here, 'concerns.csv'), 'from an old run here\n')
      await prepareOutDir(store, here)
      expect(readFileSync(join(here, 'concerns.csv'), 'utf8')).toBe('from an old run here\n')

      // Another instance published: its tables and its lists.
      const elsewhere = join(work, 'instance-a', 'statistics')
      mkdirSync(elsewhere, { recursive: true })
      writeFileSync(join(elsewhere, 'concerns.csv'), 'published by instance a\n')
      writeFileSync(join(elsewhere, 'signal_texts.csv'), 'thema,tekst\n')
      await storePublication(store, elsewhere, new Date())

      await prepareOutDir(store, here)
      expect(readFileSync(join(here, 'concerns.csv'), 'utf8')).toBe('published by instance a\n')
      // A list is written fresh by the run: the pipeline would skip one it believes is its own.
      expect(existsSync(join(here, 'signal_texts.csv'))).toBe(false)
      expect(readdirSync(here).sort()).toEqual(['.publication-version', 'concerns.csv'])

      // Holding that version, the folder is left as the run leaves it.
      writeFileSync(join(here, 'concerns.csv'), 'written by the next run here\n')
      await prepareOutDir(store, here)
      expect(readFileSync(join(here, 'concerns.csv'), 'utf8')).toBe('written by the next run here\n')
    })
  })
}
