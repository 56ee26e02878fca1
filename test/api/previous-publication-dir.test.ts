import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markOutDir, prepareOutDir } from '../../api/src/services/statistics/previous-publication-dir.js'
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
      expect(readdirSync(here).sort()).toEqual(['.publication-run', '.publication-version', 'concerns.csv'])

      // A run here that finished: holding its version, the folder is left as the run left it.
      writeFileSync(join(here, 'concerns.csv'), 'written by the next run here\n')
      await markOutDir(here, await storePublication(store, here, new Date()))
      expect(readdirSync(here).sort()).toEqual(['.publication-version', 'concerns.csv'])
      await prepareOutDir(store, here)
      expect(readFileSync(join(here, 'concerns.csv'), 'utf8')).toBe('written by the next run here\n')
    })

    it('after a run killed halfway, takes the stored version again, or starts empty when nothing was published', async () => {
      const published = join(work, 'killed-with-publication', 'statistics')
      mkdirSync(published, { recursive: true })
      writeFileSync(join(published, 'concerns.csv'), 'the stored version\n')
      const stored = await storePublication(store, published, new Date())
      await markOutDir(published, stored)
      await prepareOutDir(store, published)
      // The killed run had rewritten one table, and nothing marks the folder as its own.
      writeFileSync(join(published, 'concerns.csv'), 'half of a killed run\n')
      writeFileSync(join(published, '.kinds.csv'), 'a partial write\n')
      await prepareOutDir(store, published)
      expect(readFileSync(join(published, 'concerns.csv'), 'utf8')).toBe('the stored version\n')
      expect(readdirSync(published).sort()).toEqual(['.publication-run', '.publication-version', 'concerns.csv'])
    })

    it('a killed first run leaves nothing for the next to protect', async () => {
      const nothing = await kind.open()
      try {
        const first = join(work, 'killed-first-run', 'statistics')
        await prepareOutDir(nothing, first)
        writeFileSync(join(first, 'concerns.csv'), 'half of a killed first run\n')
        await prepareOutDir(nothing, first)
        expect(readdirSync(first)).toEqual(['.publication-run'])
      } finally {
        await nothing.close()
      }
    })
  })
}
