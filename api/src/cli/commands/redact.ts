import { createInterface } from 'node:readline'
import { redact } from '@klankbord/analytics/redaction'
import { parseCommandArgs } from '../args.js'

export const REDACT_HELP = `Gebruik / Usage: klankbord redact < in.jsonl > out.jsonl

Leest JSON-regels {"id","text"} en schrijft {"id","text","entities"} met persoonsgegevens vervangen
door [NAAM], [BSN], [TELEFOON], [EMAIL], [ADRES], [POSTCODE], [PLAATS], [DATUM], [LEEFTIJD], [IBAN],
[KENTEKEN], [DOSSIERNUMMER], [DOCUMENTNUMMER] of [URL]. entities: {"type","start","end"} in de oorspronkelijke tekst.
Reads JSON lines {"id","text"} and writes {"id","text","entities"} with personal data replaced by a typed
placeholder; entities point into the original text.

Een regel die geen geldige invoer is, wordt op stderr gemeld (met regelnummer) en overgeslagen; de rest gaat door.
De opdracht eindigt dan met code 1. / A line that is not valid input is reported on stderr (with its line
number) and skipped; the rest goes on, and the command exits with code 1.`

type Line = { id: string | number; text: string }

function parseLine(line: string): Line | string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return 'geen geldige JSON / not valid JSON'
  }
  const { id, text } = (value ?? {}) as Partial<Line>
  if (typeof text !== 'string') return '"text" moet een string zijn / "text" must be a string'
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" moet een string of getal zijn / "id" must be a string or number'
  return { id, text }
}

/** Streams stdin to stdout line by line, so any size fits in memory. */
export async function redactCommand(args: string[], out: NodeJS.WritableStream, input: NodeJS.ReadableStream = process.stdin, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values } = parseCommandArgs(args, {})
  if (values.help) {
    out.write(`${REDACT_HELP}\n`)
    return 0
  }
  let lineNumber = 0
  let failed = 0
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1
    if (!line.trim()) continue
    const parsed = parseLine(line)
    if (typeof parsed === 'string') {
      failed += 1
      // The line itself may hold personal data: report where, never what.
      err.write(`regel / line ${lineNumber}: ${parsed}\n`)
      continue
    }
    const { text, entities } = redact(parsed.text)
    if (!out.write(`${JSON.stringify({ id: parsed.id, text, entities })}\n`)) await new Promise((resolve) => out.once('drain', resolve))
  }
  return failed ? 1 : 0
}
