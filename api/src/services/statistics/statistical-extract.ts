import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { sql } from 'drizzle-orm'
import type { PgliteStore } from '../../store/pglite-store.js'
import type { Store } from '../../store/types.js'

/**
 * The statistical record of every concern and nothing else: codes and dates, never free text, contact
 * details, references or follow-up data. The internal id stays inside the pipeline (to update changed rows)
 * and is never published. Multi-valued codes are joined with `|`.
 */
const STATISTICAL_SELECT = `
  select c.id, c.municipality_id, m.name as municipality, coalesce(p.kind, 'confidant') as partner_kind, c.channel, c.domain,
         array_to_string(c.kinds, '|') as kinds, c.wish, c.on_behalf_of, c.contact_mode, c.status,
         array_to_string(c.support_given, '|') as support_given, c.outcome,
         c.created_at, c.first_contact_by, c.first_contact_at, c.closed_at, c.updated_at
  from concerns c join municipalities m on m.id = c.municipality_id left join partners p on p.id = c.partner_id`

export const STATISTICAL_COLUMNS = [
  'id',
  'municipality_id',
  'municipality',
  'partner_kind',
  'channel',
  'domain',
  'kinds',
  'wish',
  'on_behalf_of',
  'contact_mode',
  'status',
  'support_given',
  'outcome',
  'created_at',
  'first_contact_by',
  'first_contact_at',
  'closed_at',
  'updated_at',
] as const

const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = value instanceof Date ? value.toISOString() : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Writes the statistical rows changed since `since` (all when undefined) as CSV with a header. On PGlite one
 * COPY into a blob (several times faster than reading rows into JavaScript); on PostgreSQL pages by id.
 */
export async function extractStatisticalRows(store: Store, file: string, since?: Date): Promise<number> {
  const where = since ? ` where c.updated_at > '${since.toISOString()}'::timestamptz` : ''
  const client = (store as Partial<PgliteStore>).client
  if (store.kind === 'pglite' && client) {
    const result = await client.query(`copy (${STATISTICAL_SELECT}${where} order by c.id) to '/dev/blob' with (format csv, header)`)
    const blob = result.blob
    if (!blob) throw new Error('PGlite returned no blob for COPY')
    const bytes = Buffer.from(await blob.arrayBuffer())
    await writeFile(file, bytes)
    return Math.max(0, bytes.toString('utf8').split('\n').filter(Boolean).length - 1)
  }
  const out = createWriteStream(file)
  out.write(`${STATISTICAL_COLUMNS.join(',')}\n`)
  let after = ''
  let total = 0
  for (;;) {
    const page = await store.db.execute(
      sql.raw(`${STATISTICAL_SELECT} where c.id > '${after.replace(/'/g, "''")}'${since ? ` and c.updated_at > '${since.toISOString()}'::timestamptz` : ''} order by c.id limit 20000`),
    )
    const rows = (page as unknown as { rows: Record<string, unknown>[] }).rows
    if (!rows.length) break
    for (const row of rows) if (!out.write(`${STATISTICAL_COLUMNS.map((column) => csvCell(row[column])).join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    total += rows.length
    after = String(rows[rows.length - 1]!.id)
  }
  out.end()
  await finished(out)
  return total
}

/** The codes of every signal: municipality, domain, status and date; never theme, text or response. */
export async function extractSignalCodes(store: Store, file: string): Promise<void> {
  const result = await store.db.execute(
    sql.raw(`select m.name as municipality, s.domain, s.status, s.created_at from signals s join municipalities m on m.id = s.municipality_id order by s.id`),
  )
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows
  await writeFile(file, `municipality,domain,status,created_at\n${rows.map((r) => [r.municipality, r.domain, r.status, r.created_at].map(csvCell).join(',')).join('\n')}\n`)
}
