import type { PersonalDataHit } from '@klankbord/contract'
import { findPersonalData } from './find-personal-data.js'
import { replaceHits } from './redact.js'

/** A case labelled with strings instead of spans, as in the peer-test set taken from deduce. */
export type StringCase = { id: string; text: string; pii: readonly string[]; keep?: readonly string[]; pii_types?: readonly string[] }

export type StringEvaluation = {
  pii: { found: number; total: number; recall: number }
  /** Recall per the case's own kinds of personal data (deduce's "person", "date", "phone" …). */
  perType: Record<string, { found: number; total: number; recall: number }>
  keep: { kept: number; total: number; rate: number }
  missed: { id: string; value: string }[]
}

/**
 * Recall on string-labelled cases: a personal-data string is found when it no longer occurs in the redacted
 * text (ignoring case, and for number-like strings also ignoring spaces and punctuation).
 */
export function evaluateStrings(cases: readonly StringCase[], detect: (text: string) => PersonalDataHit[] = findPersonalData): StringEvaluation {
  const pii = { found: 0, total: 0 }
  const keep = { kept: 0, total: 0 }
  const perType: Record<string, { found: number; total: number }> = {}
  const missed: { id: string; value: string }[] = []
  for (const item of cases) {
    const redacted = replaceHits(item.text, detect(item.text))
    const kind = item.pii_types?.join('+') || 'unlabelled'
    for (const value of item.pii) {
      const counts = (perType[kind] ??= { found: 0, total: 0 })
      pii.total++
      counts.total++
      if (survives(redacted, value)) missed.push({ id: item.id, value })
      else {
        pii.found++
        counts.found++
      }
    }
    for (const value of item.keep ?? []) {
      keep.total++
      if (survives(redacted, value)) keep.kept++
    }
  }
  return {
    pii: { ...pii, recall: pii.total === 0 ? 1 : pii.found / pii.total },
    perType: Object.fromEntries(Object.entries(perType).map(([kind, c]) => [kind, { ...c, recall: c.found / c.total }])),
    keep: { ...keep, rate: keep.total === 0 ? 1 : keep.kept / keep.total },
    missed,
  }
}

function survives(redacted: string, value: string): boolean {
  if (redacted.toLowerCase().includes(value.toLowerCase())) return true
  if (!/^[\d\s.,:;/()+'-]+$/.test(value)) return false
  const digits = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '')
  return digits(redacted).includes(digits(value))
}
