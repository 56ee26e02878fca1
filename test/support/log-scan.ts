import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Issue 14: the logs of the whole suite are scanned for every secret and every piece of personal data the tests
 * planted. Tests record what they plant and every server's log as they go, in a folder that global-setup.ts makes
 * (KLANKBORD_LOG_SCAN_DIR, inherited by every worker); its teardown scans them together.
 */
const folder = () => process.env.KLANKBORD_LOG_SCAN_DIR

// Shorter values (a role, "Ja") would match ordinary log words; what is planted is longer.
const MIN_LENGTH = 6

/** Remembers values that must never appear in a log: names, contact details, codes, passwords, tokens. */
export function recordPlanted(kind: string, ...values: (string | undefined | null)[]): void {
  const dir = folder()
  if (!dir) return
  const lines = values.filter((v): v is string => typeof v === 'string' && v.length >= MIN_LENGTH).map((value) => JSON.stringify({ kind, value }))
  if (lines.length) appendFileSync(join(dir, `planted-${process.pid}.jsonl`), `${lines.join('\n')}\n`)
}

/** Keeps a server's log for the scan at the end. */
export function recordLog(name: string, text: string): void {
  const dir = folder()
  if (!dir || !text) return
  appendFileSync(join(dir, `log-${process.pid}-${name.replace(/[^\w-]/g, '_')}.txt`), `${text}\n`)
}

export type LogHit = { kind: string; value: string; file: string }

/** Every planted value found in a recorded log. */
export function scanLogs(dir: string): { planted: number; logs: number; hits: LogHit[] } {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const files = readdirSync(dir)
  const planted = new Map<string, string>()
  for (const file of files.filter((f) => f.startsWith('planted-')))
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const { kind, value } = JSON.parse(line) as { kind: string; value: string }
      planted.set(value, kind)
    }
  const logs = files.filter((f) => f.startsWith('log-'))
  const hits: LogHit[] = []
  for (const file of logs) {
    const text = readFileSync(join(dir, file), 'utf8')
    for (const [value, kind] of planted) if (text.includes(value)) hits.push({ kind, value, file })
  }
  return { planted: planted.size, logs: logs.length, hits }
}
