import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PublicationFile } from './publication-store.js'

/**
 * Writes a stored publication's files into `dir` with the times the pipeline gave them (the tables' "published
 * at", the same on every instance): first beside it, then renamed, so a reader finds the folder whole or not at all.
 */
export async function writePublicationFiles(dir: string, files: readonly PublicationFile[]): Promise<void> {
  await mkdir(dirname(dir), { recursive: true })
  const partial = await mkdtemp(join(dirname(dir), '.partial-'))
  try {
    for (const file of files) {
      const path = join(partial, file.name)
      await writeFile(path, file.bytes)
      await utimes(path, file.modifiedAt, file.modifiedAt)
    }
    await rm(dir, { recursive: true, force: true })
    await rename(partial, dir)
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    // Another instance on this data directory copied the same version a moment ago.
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  }
}
