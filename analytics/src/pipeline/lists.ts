import { unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { redact, redactorFingerprint } from '../redaction/index.js'
import { literal, queryRows } from './duckdb.js'

/**
 * Published lists of texts, beside the tables of counts. Their texts were checked for personal data when the
 * confidant wrote them, and are redacted again here before they reach DuckDB or a file.
 */
export type ListDefinition = {
  name: string
  /** Dutch, for GET /api/v1/statistics. */
  description: string
  /** Columns in order; `text` columns hold redacted free text; the year is a string, like the tables' dimensions. */
  columns: readonly { name: string; type: 'code' | 'text' | 'year' }[]
}

export const LISTS: readonly ListDefinition[] = [
  {
    name: 'signal_texts',
    description:
      'Signalen die de vertrouwenspersoon met de gemeente deelde, met het antwoord van de gemeente ("u zei, wij deden"). Zonder persoonsgegevens; wat erop leek is vervangen door [NAAM], [TELEFOON] enzovoort.',
    columns: [
      { name: 'year', type: 'year' },
      { name: 'municipality', type: 'code' },
      { name: 'domain', type: 'code' },
      { name: 'status', type: 'code' },
      { name: 'theme', type: 'text' },
      { name: 'text', type: 'text' },
      { name: 'response', type: 'text' },
    ],
  },
  {
    name: 'recommendations',
    description: 'Aanbevelingen uit de jaarverslagen van de vertrouwenspersoon, met wat de gemeente ermee deed.',
    columns: [
      { name: 'year', type: 'year' },
      { name: 'municipality', type: 'code' },
      { name: 'status', type: 'code' },
      { name: 'text', type: 'text' },
      { name: 'response', type: 'text' },
    ],
  },
]

/** The texts of the given rows, straight from the store, to be redacted before anything else sees them. */
export type ListTexts = (list: string, ids: readonly string[]) => Promise<readonly Readonly<Record<string, unknown>>[]>

const textColumns = (list: ListDefinition) => list.columns.filter((c) => c.type === 'text').map((c) => c.name)
const cacheTable = (list: ListDefinition) => `redacted_${list.name}`

/**
 * Redacts each distinct text once: the redactor depends on the text alone, and a list repeats many texts (a
 * theme, a standard answer of the municipality), so a first run over tens of thousands of rows redacts far fewer.
 */
function redactingEachTextOnce(): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    let result = seen.get(text)
    if (result === undefined) {
      result = redact(text).text
      seen.set(text, result)
    }
    return result
  }
}

/**
 * Stages a list for publication in the temp table `published_<name>`, its texts redacted. The store hands over
 * the rows' codes as CSV (`position`, `id`, `updated_at` and the list's code columns, never a text); texts are
 * fetched only for rows that are new, changed (their `updated_at`) or redacted by another version of the
 * redactor (its fingerprint), redacted in JavaScript and kept in DuckDB, so raw text never enters DuckDB and a
 * run redacts only what changed: redacting costs about 50 µs a text and a region has tens of thousands of signals.
 */
export async function stageList(connection: DuckDBConnection, list: ListDefinition, codesCsv: string, texts: ListTexts): Promise<string> {
  const redactor = await redactorFingerprint()
  const cache = cacheTable(list)
  const textNames = textColumns(list)
  await connection.run(`create table if not exists ${cache} (id varchar, version varchar, ${textNames.map((c) => `"${c}" varchar`).join(', ')})`)
  await connection.run(
    `create or replace temp table list_rows as select *, updated_at || ' ' || ${literal(redactor)} as version from read_csv(${literal(codesCsv)}, header = true, all_varchar = true, quote = '"')`,
  )
  // Kept texts of rows that changed or left the list (deleted, or no longer shared) are forgotten first.
  await connection.run(`delete from ${cache} c where not exists (select 1 from list_rows l where l.id = c.id and l.version = c.version)`)
  const versions = new Map((await queryRows(connection, `select l.id, l.version from list_rows l anti join ${cache} r on r.id = l.id and r.version = l.version`)).map((r) => [String(r.id), String(r.version)]))
  if (versions.size) {
    const redactOnce = redactingEachTextOnce()
    const redacted = (await texts(list.name, [...versions.keys()])).map((source) => ({
      id: String(source.id),
      version: versions.get(String(source.id)),
      ...Object.fromEntries(textNames.map((name) => [name, source[name] === null || source[name] === undefined || source[name] === '' ? null : redactOnce(String(source[name]))])),
    }))
    const file = join(tmpdir(), `klankbord-redacted-${process.pid}-${list.name}.json`)
    await writeFile(file, JSON.stringify(redacted))
    try {
      const columns = ['id', 'version', ...textNames].map((c) => `'${c}': 'VARCHAR'`).join(', ')
      if (redacted.length) await connection.run(`insert into ${cache} select ${['id', 'version', ...textNames].map((c) => `"${c}"`).join(', ')} from read_json(${literal(file)}, format = 'array', columns = {${columns}})`)
    } finally {
      await unlink(file)
    }
  }
  const published = `published_${list.name}`
  await connection.run(
    `create or replace temp table ${published} as select ${list.columns.map((c) => (c.type === 'text' ? `r."${c.name}"` : `nullif(l."${c.name}", '') as "${c.name}"`)).join(', ')}
     from list_rows l join ${cache} r on r.id = l.id and r.version = l.version order by l.position::integer`,
  )
  await connection.run('drop table list_rows')
  return published
}
