import { redact } from '../redaction/index.js'

/**
 * Published lists of texts, beside the tables of counts. Their texts were checked for personal data when the
 * confidant wrote them, and are redacted again here before they reach DuckDB or a file.
 */
export type ListDefinition = {
  name: string
  /** Dutch, for GET /api/v1/statistics. */
  description: string
  /** Columns in order; `text` columns hold redacted free text. */
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

export type ListRow = Record<string, string | number | null>

/** The list's columns only, every text column redacted; anything else the store handed over is dropped. */
export function publishableListRows(list: ListDefinition, rows: readonly Record<string, unknown>[]): ListRow[] {
  return rows.map((row) =>
    Object.fromEntries(
      list.columns.map(({ name, type }) => {
        const value = row[name]
        if (value === null || value === undefined || value === '') return [name, null]
        if (type === 'year') return [name, Number(value)]
        return [name, type === 'text' ? redact(String(value)).text : String(value)]
      }),
    ),
  )
}
