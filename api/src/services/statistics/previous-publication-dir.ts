import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import type { Store } from '../../store/types.js'
import { currentPublication, publicationFiles, type PublicationVersion } from './publication-store.js'
import { writePublicationFiles } from './write-publication-files.js'

/** Which stored version the pipeline's output folder holds, written beside its files. */
const MARKER = '.publication-version'

const isListFile = (name: string) => PUBLISHED_LISTS.some((list) => name.startsWith(`${list.name}.`))

/**
 * Before a run, the pipeline's output folder must hold the publication every instance serves, because the run
 * protects what that one showed. When another instance published since this one last ran, its files are copied
 * here, without the lists of texts: the pipeline skips a list whose folder copy it believes is its own, so those
 * must be written fresh.
 */
export async function prepareOutDir(store: Store, outDir: string): Promise<void> {
  const current = await currentPublication(store)
  if (!current) return
  const held = await readFile(join(outDir, MARKER), 'utf8').catch(() => undefined)
  if (held === String(current.version)) return
  const files = (await publicationFiles(store, current.version)).filter((file) => !isListFile(file.name))
  await rm(outDir, { recursive: true, force: true })
  await writePublicationFiles(outDir, files)
  await markOutDir(outDir, current)
}

/** After a run stored its output as `version`, the folder holds that version. */
export async function markOutDir(outDir: string, version: PublicationVersion): Promise<void> {
  await writeFile(join(outDir, MARKER), String(version.version))
}
