import { PERSONAL_DATA_TYPES, type PersonalDataHit, type PersonalDataType } from '@klankbord/contract'
import { findPersonalData } from './find-personal-data.js'
import { replaceHits } from './redact.js'

/** One labelled text: the spans that must be found and the words that must survive redaction. */
export type LabelledCase = { id: string; text: string; entities: readonly PersonalDataHit[]; keep?: readonly string[] }

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export type EvaluationError = { id: string; kind: 'missed' | 'spurious' | 'lost-keep'; type?: PersonalDataType; value: string }

export type Evaluation = {
  perType: Record<PersonalDataType, Score>
  overall: Score
  /** Labelled spans hidden by a hit of any type: what redaction achieves, whatever the label. */
  hidden: { found: number; total: number; recall: number }
  keep: { kept: number; total: number; rate: number }
  /** Words outside every labelled span that no hit touches: the keep-rate over all text, not just listed words. */
  words: { kept: number; total: number; rate: number }
  errors: EvaluationError[]
}

/**
 * Precision, recall and F1 per type. A labelled span counts as found (tp) when hits of its type cover all of
 * its letters and digits, so a half-found name is a miss; a hit is wrong (fp) when it overlaps no labelled
 * span of its type. Precision is computed over hits, recall over labelled spans.
 */
export function evaluate(cases: readonly LabelledCase[], detect: (text: string) => PersonalDataHit[] = findPersonalData): Evaluation {
  const counts = Object.fromEntries(PERSONAL_DATA_TYPES.map((type) => [type, { tp: 0, fn: 0, hits: 0, fp: 0 }])) as Record<
    PersonalDataType,
    { tp: number; fn: number; hits: number; fp: number }
  >
  const hidden = { found: 0, total: 0 }
  const keep = { kept: 0, total: 0 }
  const words = { kept: 0, total: 0 }
  const errors: EvaluationError[] = []
  for (const item of cases) {
    const hits = detect(item.text)
    for (const gold of item.entities) {
      const value = item.text.slice(gold.start, gold.end)
      hidden.total++
      if (covers(item.text, gold, hits)) hidden.found++
      if (covers(item.text, gold, hits.filter((hit) => hit.type === gold.type))) counts[gold.type].tp++
      else {
        counts[gold.type].fn++
        errors.push({ id: item.id, kind: 'missed', type: gold.type, value })
      }
    }
    for (const hit of hits) {
      counts[hit.type].hits++
      if (!item.entities.some((gold) => gold.type === hit.type && overlaps(gold, hit))) {
        counts[hit.type].fp++
        errors.push({ id: item.id, kind: 'spurious', type: hit.type, value: item.text.slice(hit.start, hit.end) })
      }
    }
    for (const word of item.text.matchAll(WORD)) {
      const span = { start: word.index, end: word.index + word[0].length }
      if (item.entities.some((gold) => overlaps(gold, span))) continue
      words.total++
      if (!hits.some((hit) => overlaps(hit, span))) words.kept++
    }
    const redacted = replaceHits(item.text, hits)
    for (const word of item.keep ?? []) {
      keep.total++
      if (redacted.includes(word)) keep.kept++
      else errors.push({ id: item.id, kind: 'lost-keep', value: word })
    }
  }
  const perType = Object.fromEntries(PERSONAL_DATA_TYPES.map((type) => [type, score(counts[type])])) as Record<PersonalDataType, Score>
  const total = Object.values(counts).reduce((sum, c) => ({ tp: sum.tp + c.tp, fn: sum.fn + c.fn, hits: sum.hits + c.hits, fp: sum.fp + c.fp }), { tp: 0, fn: 0, hits: 0, fp: 0 })
  return {
    perType,
    overall: score(total),
    hidden: { ...hidden, recall: ratio(hidden.found, hidden.total) },
    keep: { ...keep, rate: ratio(keep.kept, keep.total) },
    words: { ...words, rate: ratio(words.kept, words.total) },
    errors,
  }
}

const WORD = /[\p{L}\p{N}]+/gu

function score({ tp, fn, hits, fp }: { tp: number; fn: number; hits: number; fp: number }): Score {
  const precision = ratio(hits - fp, hits)
  const recall = ratio(tp, tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

// An empty denominator scores 1: nothing to find and nothing found wrongly.
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

function covers(text: string, gold: PersonalDataHit, hits: readonly PersonalDataHit[]): boolean {
  for (let i = gold.start; i < gold.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue
    if (!hits.some((hit) => hit.start <= i && i < hit.end)) return false
  }
  return true
}
