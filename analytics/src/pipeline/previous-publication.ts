import type { PreviousPublication } from './publication-units.js'
import { readPublishedRows } from './read-published.js'
import type { TableDefinition } from './tables.js'

/**
 * The cells the publication in `outDir` showed, read before this run replaces it: whoever read it knows them,
 * so this run protects withheld cells without relying on them. Nothing when there is no previous publication.
 */
export async function readPreviousPublication(outDir: string, tables: readonly TableDefinition[]): Promise<PreviousPublication> {
  const previous = new Map<string, Set<string>>()
  for (const table of tables) {
    const rows = await readPublishedRows(outDir, table.name).catch(() => undefined)
    if (!rows) continue
    previous.set(table.name, new Set(rows.filter((row) => row.suppressed !== true).map((row) => JSON.stringify(table.dimensions.map((d) => String(row[d]))))))
  }
  return previous
}
