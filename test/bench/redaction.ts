import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PERSONAL_DATA_TYPES } from '@klankbord/contract'
import { evaluate, evaluateStrings, findPersonalData, parseLabelledCases, type StringCase } from '@klankbord/analytics/redaction'
import type { Row } from './table.js'

const OWN_SET = fileURLToPath(new URL('../../fixtures/redaction/evaluation.jsonl', import.meta.url))
/** Cases from deduce's regression tests, kept outside the project: measured, never copied in. */
const DEDUCE_CASES = fileURLToPath(new URL('../../../shared/peer-tests/deduce-cases.jsonl', import.meta.url))

const pct = (x: number) => `${(x * 100).toFixed(1)} %`

/** Precision and recall of the Dutch redactor per type on our labelled set, recall on deduce's cases, and throughput. */
export function redactionRows(): Row[] {
  const cases = parseLabelledCases(readFileSync(OWN_SET, 'utf8'))
  const result = evaluate(cases)
  const rows: Row[] = PERSONAL_DATA_TYPES.map((type) => {
    const s = result.perType[type]
    return { measure: `redactor ${type}, precision / recall`, value: `${pct(s.precision)} / ${pct(s.recall)}`, note: `${s.tp + s.fn} labelled` }
  })
  rows.push({ measure: 'redactor overall, precision / recall', value: `${pct(result.overall.precision)} / ${pct(result.overall.recall)}`, note: `${cases.length} texts of our own; words that must survive: ${pct(result.keep.rate)}` })
  if (existsSync(DEDUCE_CASES)) {
    const deduce = readFileSync(DEDUCE_CASES, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as StringCase)
    const d = evaluateStrings(deduce)
    rows.push({ measure: 'redactor on deduce cases, recall', value: pct(d.pii.recall), note: `${d.pii.found}/${d.pii.total}; places and institutions are kept on purpose; keep rate ${pct(d.keep.rate)}` })
  }
  const texts = cases.map((c) => c.text)
  for (let i = 0; i < 200; i++) findPersonalData(texts[i % texts.length]!)
  const rounds = 20
  const started = performance.now()
  for (let r = 0; r < rounds; r++) for (const text of texts) findPersonalData(text)
  const seconds = (performance.now() - started) / 1000
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length
  rows.push({ measure: 'redactor throughput, texts/s', value: ((rounds * texts.length) / seconds).toFixed(0), note: `texts of ${chars.toFixed(0)} characters on average` })
  return rows
}
