import type { PersonalDataHit } from '@klankbord/contract'
import { findPersonalData } from './find-personal-data.js'

export type Redaction = { text: string; entities: PersonalDataHit[] }

/** Replaces every hit with its type in brackets ("[NAAM]"); `entities` hold offsets in the original text. */
export function redact(text: string): Redaction {
  const entities = findPersonalData(text)
  return { text: replaceHits(text, entities), entities }
}

/** `text` with sorted, non-overlapping hits replaced by their placeholders. */
export function replaceHits(text: string, hits: readonly PersonalDataHit[]): string {
  let result = ''
  let position = 0
  for (const { type, start, end } of hits) {
    result += `${text.slice(position, start)}[${type}]`
    position = end
  }
  return result + text.slice(position)
}
