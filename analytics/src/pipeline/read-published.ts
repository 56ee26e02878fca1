import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { tableFromIPC } from 'apache-arrow'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import { META_TABLES } from './meta-tables.js'
import { TABLES } from './tables.js'

export const PUBLISHED_FORMATS = { arrow: 'application/vnd.apache.arrow.stream', csv: 'text/csv; charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const
export type PublishedFormat = keyof typeof PUBLISHED_FORMATS

export const isPublishedTable = (name: string) => [...TABLES, ...PUBLISHED_LISTS, ...META_TABLES].some((t) => t.name === name)

/** When a table was last published, or undefined if it never was. */
export async function publishedAt(outDir: string, name: string): Promise<Date | undefined> {
  return stat(join(outDir, `${name}.arrow`)).then(
    (s) => s.mtime,
    () => undefined,
  )
}

/** The bytes of a published file; only names of known tables are read. */
export async function readPublishedFile(outDir: string, name: string, format: PublishedFormat): Promise<Buffer | undefined> {
  if (!isPublishedTable(name)) return undefined
  return readFile(join(outDir, `${name}.${format}`)).catch(() => undefined)
}

/** A published table as plain rows, from its Arrow file. */
export async function readPublishedRows(outDir: string, name: string): Promise<Record<string, string | number | boolean | null>[] | undefined> {
  const bytes = await readPublishedFile(outDir, name, 'arrow')
  if (!bytes) return undefined
  return tableFromIPC(bytes)
    .toArray()
    .map((row) => (row as { toJSON(): Record<string, string | number | boolean | null> }).toJSON())
}
