import { unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { structValue, type DuckDBConnection } from '@duckdb/node-api'
import { redact, redactorFingerprint } from '../redaction/index.js'
import { dropPlaceholderSentences } from '../redaction/placeholder-sentences.js'
import { codeLabel } from './code-labels.js'
import type { PublishedList } from '@klankbord/contract/published-lists'
import { sqlLiteral } from '@klankbord/contract/sql-literal'
import { RECOMMENDATION_STATUSES, DOMAINS, SIGNAL_STATUSES } from '@klankbord/contract/vocabulary'
import { queryRows } from './duckdb.js'

/** The texts of the given rows, straight from the store, to be redacted before anything else sees them. */
export type ListTexts = (list: string, ids: readonly string[]) => Promise<readonly Readonly<Record<string, unknown>>[]>

const textColumns = (list: PublishedList) => list.columns.filter((c) => c.type === 'text').map((c) => c.name)
const cacheTable = (list: PublishedList) => `redacted_${list.name}`

/** Changes when what is done to a text after redacting changes, so kept texts are made again. */
const TEXT_VERSION = 'sentences-1'

/** Codes of a list column, in order: a later status is further along ("improved" after "answered"). */
const CODES: Readonly<Record<string, readonly string[]>> = { domain: DOMAINS, status: SIGNAL_STATUSES }
const codesOf = (list: PublishedList, column: string) => (list.name === 'recommendations' && column === 'status' ? RECOMMENDATION_STATUSES : CODES[column])

/** The Dutch label of each code in SQL, for the `<column>_label` beside it. */
function labelSql(list: PublishedList, column: string): string {
  const whens = (codesOf(list, column) ?? []).map((code) => `when ${sqlLiteral(code)} then ${sqlLiteral(codeLabel(column, code, [], list.name))}`)
  return whens.length ? `case l."${column}" ${whens.join(' ')} else l."${column}" end` : `l."${column}"`
}

/** A text compared without its placeholders, case and spacing: two signals that differ only there are one. */
const comparable = (column: string) => `lower(trim(regexp_replace(regexp_replace(coalesce(r."${column}", ''), '\\[[A-Z][A-Z_-]*\\]', '', 'g'), '\\s+', ' ', 'g')))`

/**
 * Redacts each distinct text once: the redactor depends on the text alone, and a list repeats many texts (a
 * theme, a standard answer of the municipality), so a first run over tens of thousands of rows redacts far fewer.
 */
function redactingEachTextOnce(): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    let result = seen.get(text)
    if (result === undefined) {
      result = dropPlaceholderSentences(redact(text).text)
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
export async function stageList(connection: DuckDBConnection, list: PublishedList, codesCsv: string, texts: ListTexts): Promise<string> {
  const redactor = await redactorFingerprint()
  const cache = cacheTable(list)
  const textNames = textColumns(list)
  await connection.run(`create table if not exists ${cache} (id varchar, version varchar, ${textNames.map((c) => `"${c}" varchar`).join(', ')})`)
  await connection.run(`create or replace temp table list_rows as select *, updated_at || ' ' || $redactor || ' ' || $text_version as version from read_csv($file, header = true, all_varchar = true, quote = '"')`, {
    redactor,
    text_version: TEXT_VERSION,
    file: codesCsv,
  })
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
      const columns = structValue(Object.fromEntries(['id', 'version', ...textNames].map((c) => [c, 'VARCHAR'])))
      if (redacted.length) await connection.run(`insert into ${cache} select ${['id', 'version', ...textNames].map((c) => `"${c}"`).join(', ')} from read_json($file, format = 'array', columns = $columns)`, { file, columns })
    } finally {
      await unlink(file)
    }
  }
  const published = `published_${list.name}`
  const codeColumns = list.columns.filter((c) => c.type !== 'text').map((c) => c.name)
  const statusRank = codesOf(list, 'status') ? `list_position(${`[${codesOf(list, 'status')!.map(sqlLiteral).join(', ')}]`}, l.status)` : '0'
  const columns = list.columns.flatMap((c) =>
    c.type === 'text' ? [`r."${c.name}"`] : [`nullif(l."${c.name}", '') as "${c.name}"`, ...(c.type === 'code' && c.name !== 'municipality' ? [`${labelSql(list, c.name)} as "${c.name}_label"`] : [])],
  )
  // One entry per signal: rows with the same codes and the same text (apart from placeholders, case and spacing;
  // a theme may differ by a name) are the same signal reported again; the one furthest along, with the most to say, stays.
  await connection.run(
    `create or replace temp table ${published} as select * exclude (position, copy) from (
       select ${columns.join(', ')}, l.position::integer as position,
         row_number() over (partition by ${[...codeColumns.filter((c) => c !== 'status').map((c) => `l."${c}"`), textNames.includes('theme') ? `coalesce(nullif(${comparable('text')}, ''), ${comparable('theme')})` : comparable('text')].join(', ')}
                            order by ${statusRank} desc, length(coalesce(r.response, '')) desc, l.position::integer) as copy
       from list_rows l join ${cache} r on r.id = l.id and r.version = l.version)
     where copy = 1 order by position`,
  )
  await connection.run('drop table list_rows')
  return published
}
