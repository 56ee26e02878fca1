export type Row = { measure: string; value: string; note?: string }

/** Prints the bench's figures as one aligned table. */
export function printTable(title: string, rows: Row[]): void {
  const widths = [Math.max(7, ...rows.map((r) => r.measure.length)), Math.max(5, ...rows.map((r) => r.value.length))]
  const line = (a: string, b: string, c = '') => `| ${a.padEnd(widths[0]!)} | ${b.padStart(widths[1]!)} | ${c}`
  process.stdout.write(`\n${title}\n${line('Measure', 'Value', 'Note')}\n|${'-'.repeat(widths[0]! + 2)}|${'-'.repeat(widths[1]! + 2)}|------\n`)
  for (const row of rows) process.stdout.write(`${line(row.measure, row.value, row.note)}\n`)
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
