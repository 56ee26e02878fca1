import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import type { Store } from '../../store/types.js'
import { currentPublication, publicationFiles, type PublicationVersion } from './publication-store.js'
import { writePublicationFiles } from './write-publication-files.js'

/** Which stored version the pipeline's output folder holds, written beside its files. */
const MARKER = '.publication-version'
/** Present while a run writes into the folder; one left behind means the run was killed halfway (see docs/store.md, Crash safety). */
const RUNNING = '.publication-run'

const isListFile = (name: string) => PUBLISHED_LISTS.some((list) => name.startsWith(`${list.name}.`))

/**
 * Before a run, the pipeline's output folder must hold the publication every instance serves, because the run
 * protects what that one showed. When another instance published since this one last ran, its files are copied
 * here, without the lists of texts: the pipeline skips a list whose folder copy it believes is its own, so those
 * must be written fresh.
 */
export async function prepareOutDir(store: Store, outDir: string): Promise<void> {
  const current = await currentPublication(store)
  // A killed run wrote some of its tables over the previous ones: the folder is no publication at all, and protecting
  // what it shows would make the next run differ from a clean one. Nothing of it was published, so it goes.
  const interrupted = existsSync(join(outDir, RUNNING))
  if (!current) {
    if (interrupted) await rm(outDir, { recursive: true, force: true })
  } else {
    const held = await readFile(join(outDir, MARKER), 'utf8').catch(() => undefined)
    if (interrupted || held !== String(current.version)) {
      const files = (await publicationFiles(store, current.version)).filter((file) => !isListFile(file.name))
      await rm(outDir, { recursive: true, force: true })
      await writePublicationFiles(outDir, files)
      await writeFile(join(outDir, MARKER), String(current.version))
    }
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, RUNNING), '')
}

/** After a run stored its output as `version`, the folder holds that version, and the run is over. */
export async function markOutDir(outDir: string, version: PublicationVersion): Promise<void> {
  await writeFile(join(outDir, MARKER), String(version.version))
  await rm(join(outDir, RUNNING), { force: true })
}
