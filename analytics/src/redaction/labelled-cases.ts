import { PERSONAL_DATA_TYPES, type PersonalDataType } from '@klankbord/contract'
import type { LabelledCase } from './evaluate.js'

type Entity = { type: PersonalDataType; start: number; end: number; value?: string }

/**
 * Parses a labelled set written as JSON lines (`{"id","text","entities":[{"type","start","end","value"}],"keep"}`)
 * and checks it, so hand edits cannot silently shift a span: every span lies inside its text, spans are sorted
 * and do not overlap, `value` (when given) is exactly the spanned text, and every kept word occurs outside them.
 */
export function parseLabelledCases(jsonLines: string): LabelledCase[] {
  const cases: LabelledCase[] = []
  const ids = new Set<string>()
  const lines = jsonLines.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const where = `line ${index + 1}`
    let item: { id?: unknown; text?: unknown; entities?: unknown; keep?: unknown }
    try {
      item = JSON.parse(line)
    } catch (cause) {
      throw new Error(`${where}: not JSON`, { cause })
    }
    const { id, text, entities, keep = [] } = item
    if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(entities) || !Array.isArray(keep)) {
      throw new Error(`${where}: needs a string id and text and arrays entities and keep`)
    }
    if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`)
    ids.add(id)
    let previousEnd = 0
    for (const entity of entities as Entity[]) {
      const { type, start, end, value } = entity
      if (!PERSONAL_DATA_TYPES.includes(type)) throw new Error(`${id}: unknown type ${String(type)}`)
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end <= start || end > text.length) {
        throw new Error(`${id}: span ${start}–${end} is outside the text, empty, unsorted or overlapping`)
      }
      if (value !== undefined && text.slice(start, end) !== value) {
        throw new Error(`${id}: span ${start}–${end} reads "${text.slice(start, end)}", labelled "${value}"`)
      }
      previousEnd = end
    }
    for (const word of keep as unknown[]) {
      if (typeof word !== 'string' || !occursOutside(text, word, entities as Entity[])) {
        throw new Error(`${id}: kept word "${String(word)}" does not occur outside the labelled spans`)
      }
    }
    cases.push({ id, text, entities: (entities as Entity[]).map(({ type, start, end }) => ({ type, start, end })), keep: keep as string[] })
  }
  return cases
}

function occursOutside(text: string, word: string, entities: readonly Entity[]): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!entities.some((entity) => at < entity.end && entity.start < at + word.length)) return true
  }
  return false
}
