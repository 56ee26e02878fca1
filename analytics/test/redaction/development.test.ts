import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluate, parseLabelledCases } from '../../src/redaction/index.js'

// Written apart from the rules by helpers who saw neither them nor the other sets; its misses were then read to
// improve the rules, and the model is trained on it, so it guards against regressions and is no exam (the held-out
// sets are). See fixtures/redaction.
const cases = parseLabelledCases(readFileSync(new URL('../../../fixtures/redaction/development.jsonl', import.meta.url), 'utf8'))
const result = evaluate(cases)

describe('the redactor on the development set', () => {
  it('has the size and spread it was written with', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4800)
    expect(cases.filter((item) => item.entities.length === 0).length).toBeGreaterThanOrEqual(300)
  })

  it('keeps recall, precision and the keep-rate above their floors', () => {
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95)
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.94)
    expect(result.words.rate).toBeGreaterThanOrEqual(0.985)
    expect(result.perType.NAAM.recall).toBeGreaterThanOrEqual(0.95)
    expect(result.perType.LEEFTIJD.recall).toBeGreaterThanOrEqual(0.94)
    expect(result.perType.PLAATS.recall).toBeGreaterThanOrEqual(0.92)
  })
})
