import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { desc, eq, lt } from 'drizzle-orm'
import { publicationFilesTable, publicationsTable } from '../../db/schema/index.js'
import type { Store } from '../../store/types.js'

export type PublicationVersion = { readonly version: number; readonly publishedAt: Date }
export type PublicationFile = { readonly name: string; readonly modifiedAt: Date; readonly bytes: Uint8Array }

/** The files a pipeline run left in `outDir`: its published tables and datapackage.json (dot files are its partial writes). */
async function filesIn(outDir: string): Promise<PublicationFile[]> {
  const names = (await readdir(outDir, { withFileTypes: true })).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name)
  return Promise.all(
    names.map(async (name) => {
      const path = join(outDir, name)
      const [bytes, info] = await Promise.all([readFile(path), stat(path)])
      return { name, modifiedAt: info.mtime, bytes }
    }),
  )
}

/**
 * Stores the publication in `outDir` as the new version, with all its files, and removes the older ones, in one
 * transaction: every instance serves either the old version or the new one, never a mix.
 */
export async function storePublication(store: Store, outDir: string, publishedAt: Date): Promise<PublicationVersion> {
  const files = await filesIn(outDir)
  const version = await store.db.transaction(async (tx) => {
    const [row] = await tx.insert(publicationsTable).values({ publishedAt }).returning({ version: publicationsTable.version })
    for (const file of files) await tx.insert(publicationFilesTable).values({ version: row!.version, ...file })
    await tx.delete(publicationsTable).where(lt(publicationsTable.version, row!.version))
    return row!.version
  })
  await store.flush()
  return { version, publishedAt }
}

/** The publication every instance serves now; undefined before the first. One index lookup, cheap enough to ask often. */
export async function currentPublication(store: Store): Promise<PublicationVersion | undefined> {
  const [row] = await store.db.select().from(publicationsTable).orderBy(desc(publicationsTable.version)).limit(1)
  return row && { version: row.version, publishedAt: row.publishedAt }
}

/** The files of one version (none once a newer one replaced it), read in one statement. */
export async function publicationFiles(store: Store, version: number): Promise<PublicationFile[]> {
  const rows = await store.db.select().from(publicationFilesTable).where(eq(publicationFilesTable.version, version))
  return rows.map((row) => ({ name: row.name, modifiedAt: row.modifiedAt, bytes: row.bytes }))
}
