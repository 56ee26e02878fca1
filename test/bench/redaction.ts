import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PERSONAL_DATA_TYPES } from '@klankbord/contract'
import { evaluate, evaluateStrings, findPersonalData, findPersonalDataByRules, parseLabelledCases, type Evaluation, type LabelledCase, type StringCase } from '@klankbord/analytics/redaction'
import type { Row } from './table.js'

/** Written alongside the rules: a regression guard. */
const OWN_SET = fileURLToPath(new URL('../../fixtures/redaction/evaluation.jsonl', import.meta.url))
/** Written apart from the rules, then used to find what they missed: a guard, no longer an exam. */
const DEVELOPMENT_SET = fileURLToPath(new URL('../../fixtures/redaction/development.jsonl', import.meta.url))
/** Written apart from the rules and never used to tune them: the honest figures (fixtures/redaction/README.md). */
const HELD_OUT_SETS = [
  ['held-out', 'holdout.jsonl'],
  ['second held-out', 'holdout-2.jsonl'],
  ['third held-out', 'holdout-3.jsonl'],
  ['fourth held-out', 'holdout-4.jsonl'],
  ['fifth held-out', 'holdout-5.jsonl'],
  ['sixth held-out', 'holdout-6.jsonl'],
] as const
/** Cases from deduce's regression tests, kept outside the project: measured, never copied in. */
const DEDUCE_CASES = fileURLToPath(new URL('../../../shared/peer-tests/deduce-cases.jsonl', import.meta.url))
/** Goals of issue 17. */
const GOALS = { recall: 0.98, keepRate: 0.97, deduceRecall: 0.95, textsPerSecond: 10_000 } as const
/** deduce's kinds that Klankbord redacts too; it keeps institutions and municipalities on purpose. */
const DEDUCE_REDACTED_KINDS = ['person', 'date', 'age', 'phone', 'email', 'url', 'bsn', 'identifier'] as const

const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const readCases = (path: string) => parseLabelledCases(readFileSync(path, 'utf8'))

/** Precision and recall per type on both labelled sets, recall per kind on deduce's cases, and throughput. */
export function redactionRows(): Row[] {
  const own = readCases(OWN_SET)
  const development = existsSync(DEVELOPMENT_SET) ? readCases(DEVELOPMENT_SET) : []
  const named: [string, LabelledCase[]][] = [['own', own]]
  if (development.length > 0) named.push(['development', development])
  for (const [name, file] of HELD_OUT_SETS) {
    const path = fileURLToPath(new URL(`../../fixtures/redaction/${file}`, import.meta.url))
    if (existsSync(path)) named.push([name, readCases(path)])
  }
  const sets: [string, Evaluation, number][] = named.map(([name, cases]) => [name, evaluate(cases), cases.length])
  const rows: Row[] = PERSONAL_DATA_TYPES.map((type) => ({
    measure: `redactor ${type}, precision / recall`,
    value: sets.map(([, result]) => `${pct(result.perType[type].precision)} / ${pct(result.perType[type].recall)}`).join(' · '),
    note: sets.map(([name, result]) => `${name}: ${result.perType[type].tp + result.perType[type].fn} labelled`).join(', '),
  }))
  for (const [name, result, count] of sets) {
    rows.push({
      measure: `redactor overall, ${name} set: recall / keep-rate`,
      value: `${pct(result.overall.recall)} / ${pct(result.words.rate)}`,
      note: `${count} texts; precision ${pct(result.overall.precision)}; spans hidden by a hit of any type ${pct(result.hidden.recall)}; listed words kept ${pct(result.keep.rate)}; keep-rate = words outside personal data left untouched; goal recall ≥ ${pct(GOALS.recall)} at keep-rate ≥ ${pct(GOALS.keepRate)}${name === 'own' ? ' (this set was written alongside the rules)' : name === 'development' ? ' (written apart, then its misses were read to improve the rules)' : ''}`,
    })
  }
  if (existsSync(DEDUCE_CASES)) rows.push(...deduceRows())
  rows.push(throughputRow(own.map((c) => c.text)))
  return rows
}

function deduceRows(): Row[] {
  const cases = readFileSync(DEDUCE_CASES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StringCase)
  const result = evaluateStrings(cases)
  const redacted = Object.entries(result.perType).filter(([kind]) => (DEDUCE_REDACTED_KINDS as readonly string[]).includes(kind))
  const found = redacted.reduce((sum, [, c]) => sum + c.found, 0)
  const total = redacted.reduce((sum, [, c]) => sum + c.total, 0)
  return [
    {
      measure: "redactor on deduce's cases: persons, numbers, dates, contact data",
      value: pct(total === 0 ? 1 : found / total),
      note: `${found}/${total}; goal ≥ ${pct(GOALS.deduceRecall)}; ${redacted.map(([kind, c]) => `${kind} ${c.found}/${c.total}`).join(', ')}`,
    },
    {
      measure: "redactor on deduce's cases, all kinds",
      value: pct(result.pii.recall),
      note: `${result.pii.found}/${result.pii.total}; ${Object.entries(result.perType)
        .filter(([kind]) => !(DEDUCE_REDACTED_KINDS as readonly string[]).includes(kind))
        .map(([kind, c]) => `${kind} ${c.found}/${c.total}`)
        .join(', ')} (deduce also removes institutions and municipalities, which Klankbord keeps); keep rate ${pct(result.keep.rate)}`,
    },
  ]
}

function throughputRow(texts: readonly string[]): Row {
  const rate = (find: (text: string) => unknown) => {
    for (let i = 0; i < 200; i++) find(texts[i % texts.length]!)
    const rounds = 20
    const started = performance.now()
    for (let r = 0; r < rounds; r++) for (const text of texts) find(text)
    return (rounds * texts.length) / ((performance.now() - started) / 1000)
  }
  const rulesAlone = rate(findPersonalDataByRules)
  const withModel = rate(findPersonalData)
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length
  return {
    measure: 'redactor throughput, texts/s',
    value: withModel.toFixed(0),
    note: `rules and model; the rules alone ${rulesAlone.toFixed(0)} texts/s in the same run; texts of ${chars.toFixed(0)} characters on average; goal ≥ ${GOALS.textsPerSecond.toLocaleString('en-US')}`,
  }
}
