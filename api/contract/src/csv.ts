/** What a cell of a CSV file holds: text, or a number or flag from a typed column. */
export type CsvValue = string | number | boolean | null | undefined

/** Text that a spreadsheet would run as a formula (or turn into one after a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 field, its content unchanged: quoted when it holds a quote, a comma or a line break. */
export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One cell of a CSV file that people open in a spreadsheet. Text that starts like a formula gets a leading
 * apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection); a number such as -3 is data
 * and written as it is, so pass numbers of numeric columns as numbers. Empty for null.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  return csvField(FORMULA_START.test(value) ? `'${value}` : value)
}

/** A CSV file for people: a header and one line per record, every cell through {@link csvCell}. */
export function csvFile(header: readonly string[], records: Iterable<readonly CsvValue[]>, newline: '\n' | '\r\n' = '\n'): string {
  const lines = [header.map(csvCell).join(',')]
  for (const record of records) lines.push(record.map(csvCell).join(','))
  return `${lines.join(newline)}${newline}`
}
