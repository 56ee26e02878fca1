import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Store } from '../../store/types.js'
import { currentPublication, publicationFiles, type PublicationVersion } from './publication-store.js'
import { writePublicationFiles } from './write-publication-files.js'

/** How stale this instance's idea of the current publication may be: a new one is served everywhere within this time. */
export const PUBLICATION_FRESH_MS = 2_000

export type MirroredPublication = PublicationVersion & { readonly dir: string }

/**
 * The publication every instance serves, stored in the database, with its files copied once per version to this
 * instance's data directory (`published/<version>`), where the statistics, the dashboard and the report read them.
 */
export type PublishedMirror = {
  /** The current publication and its folder here; undefined before the first. */
  current(): Promise<MirroredPublication | undefined>
  /** The folder to read; before the first publication one that does not exist, so every table reads as not yet published. */
  dir(): Promise<string>
  /** Asks the store again at the next read: this instance just published, and serves it at once. */
  refresh(): void
}

export function createPublishedMirror(store: Store, dataDir: string, now: () => number = Date.now): PublishedMirror {
  const root = join(dataDir, 'published')
  let checked: { at: number; version: PublicationVersion | undefined } | undefined
  let checking: Promise<PublicationVersion | undefined> | undefined
  const mirrored = new Map<number, Promise<string>>()

  function latest(): Promise<PublicationVersion | undefined> {
    if (checked && now() - checked.at < PUBLICATION_FRESH_MS) return Promise.resolve(checked.version)
    checking ??= currentPublication(store)
      .then((version) => {
        checked = { at: now(), version }
        return version
      })
      .finally(() => (checking = undefined))
    return checking
  }

  async function mirror(version: PublicationVersion): Promise<string | undefined> {
    const files = await publicationFiles(store, version.version)
    // Replaced by a newer version between the two reads.
    if (files.length === 0) return undefined
    const dir = join(root, String(version.version))
    await writePublicationFiles(dir, files)
    await removeOlderThan(root, version.version - 1)
    return dir
  }

  async function current(): Promise<MirroredPublication | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = await latest()
      if (!version) return undefined
      let dir = mirrored.get(version.version)
      if (!dir) {
        const copying = mirror(version).then((made) => made ?? Promise.reject(new Error('replaced')))
        dir = copying
        mirrored.set(version.version, copying)
        copying.catch(() => mirrored.delete(version.version))
      }
      try {
        return { ...version, dir: await dir }
      } catch (error) {
        if ((error as Error).message !== 'replaced') throw error
        checked = undefined
      }
    }
    return undefined
  }

  return {
    current,
    async dir() {
      return (await current())?.dir ?? join(root, 'none')
    },
    refresh() {
      checked = undefined
    },
  }
}

/** Keeps the current version and the one before it (a reader may still be in it); older copies go. */
async function removeOlderThan(root: string, keepFrom: number): Promise<void> {
  const entries = await readdir(root).catch(() => [] as string[])
  await Promise.all(entries.filter((name) => /^\d+$/.test(name) && Number(name) < keepFrom).map((name) => rm(join(root, name), { recursive: true, force: true })))
}
