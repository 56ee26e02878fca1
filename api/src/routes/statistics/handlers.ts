import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPublishedTable, META_TABLES, publishedAt, PUBLISHED_FORMATS, readPublishedFile, readPublishedRows, TABLES, type PublishedFormat } from '@klankbord/analytics/pipeline'
import { PUBLISHED_LISTS, type StatisticsList } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { compressedBody } from '../../http/compressed.js'
import { Problem } from '../../http/problem.js'
import { PUBLICATION_HEADER } from '../../http/publication-header.js'
import type { OperationHandler } from '../operation-handler.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

/**
 * The folder of the publication every instance serves; its version goes out in `Klankbord-Publication`, so a client
 * (or an operator comparing instances) sees which one it read.
 */
async function publishedDir(c: Context<AppEnv>, deps: AppDeps): Promise<string> {
  const current = await deps.published.current()
  if (current) c.header(PUBLICATION_HEADER, String(current.version))
  return current?.dir ?? (await deps.published.dir())
}

/** The file format the client asked for in `Accept`; JSON when it asked for nothing in particular. */
function requestedFormat(accept: string | undefined): PublishedFormat | 'json' {
  const wanted = (accept ?? '').toLowerCase()
  if (wanted.includes(PUBLISHED_FORMATS.arrow)) return 'arrow'
  if (wanted.includes('text/csv')) return 'csv'
  if (wanted.includes(PUBLISHED_FORMATS.parquet)) return 'parquet'
  return 'json'
}

export const listStatisticsHandler = (deps: AppDeps): Handler => async (c) => {
  const described = [
    ...TABLES.map((t) => ({ name: t.name, description: t.description, dimensions: [...t.dimensions] })),
    ...PUBLISHED_LISTS.map((l) => ({ name: l.name, description: l.description, dimensions: [] })),
    ...META_TABLES.map((m) => ({ name: m.name, description: m.description, dimensions: [] })),
  ]
  const dir = await publishedDir(c, deps)
  const tables = await Promise.all(described.map(async (t) => ({ ...t, publishedAt: (await publishedAt(dir, t.name))?.toISOString() ?? null })))
  return c.json({ minCell: deps.config.minCell, tables } satisfies StatisticsList)
}

const notYetPublished = () =>
  new Problem('not-found', { detail: { nl: 'Deze tabel is nog niet gemaakt. Draai eerst de pipeline.', en: 'This table has not been made yet. Run the pipeline first.' } })

export const getStatisticsHandler = (deps: AppDeps): OperationHandler<'getStatistics'> => async (c, { query }) => {
  const name = c.req.param('table') ?? ''
  if (!isPublishedTable(name)) throw new Problem('not-found')
  const format = query().format ?? requestedFormat(c.req.header('Accept'))
  const dir = await publishedDir(c, deps)
  if (format === 'json') {
    const rows = await readPublishedRows(dir, name)
    if (!rows) throw notYetPublished()
    return compressedBody(c, new TextEncoder().encode(JSON.stringify({ name, rows })), 'application/json')
  }
  const [bytes, published] = await Promise.all([readPublishedFile(dir, name, format), publishedAt(dir, name)])
  if (!bytes) throw notYetPublished()
  // A download link gets a file name; the dashboard's own Arrow requests (format=arrow, for preloading) do not need one.
  if (format !== 'arrow' && c.req.query('format')) c.header('Content-Disposition', `attachment; filename="klankbord-${name}.${format}"`)
  return compressedBody(c, bytes, PUBLISHED_FORMATS[format], `${dir} ${name}.${format} ${published?.getTime()} ${bytes.byteLength}`)
}

/** datapackage.json: every published table and column described in Dutch and English (Frictionless Data Package). */
export const getStatisticsPackageHandler = (deps: AppDeps): Handler => async (c) => {
  const dir = await publishedDir(c, deps)
  const bytes = await readFile(join(dir, 'datapackage.json')).catch(() => undefined)
  if (!bytes) throw notYetPublished()
  return compressedBody(c, bytes, 'application/json', `${dir} datapackage.json ${bytes.byteLength} ${(await publishedAt(dir, 'concerns'))?.getTime()}`)
}
