import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, findPersonalData, parseLabelledCases } from '../../src/redaction/index.js'
import { findPersonalDataByRules } from '../../src/redaction/find-personal-data.js'
import { decodeWeights, encodeWeights } from '../../src/redaction/model/model-file.js'
import { train, type Example } from '../../src/redaction/model/perceptron.js'
import { trainingExample } from '../../src/redaction/model/training-example.js'

const labelled = (file: string) => parseLabelledCases(readFileSync(new URL(`../../../fixtures/redaction/${file}`, import.meta.url), 'utf8'))

const examplesOf = (file: string, count: number): Example[] => labelled(file).slice(0, count).map(trainingExample)

describe('the redactor model', () => {
  it('trains the same weights from the same texts, and its file reads back as written', () => {
    const examples = examplesOf('development.jsonl', 150)
    const first = train(examples, { bits: 12, epochs: 2 })
    const second = train(examples, { bits: 12, epochs: 2 })
    expect(Buffer.from(first.values.buffer).equals(Buffer.from(second.values.buffer))).toBe(true)
    expect(first.values.some((value) => value !== 0)).toBe(true)
    const read = decodeWeights(encodeWeights(first))
    expect(read.bits).toBe(12)
    expect(Array.from(read.values)).toEqual(Array.from(first.values))
    expect(() => decodeWeights(Buffer.from('not a model'))).toThrow(/format/)
  })

  it('never drops or shrinks what the rules found, for any text', () => {
    const words = fc.constantFrom('mijn', 'zoon', 'Daan', 'de', 'Vries', 'woont', 'in', 'Heijen', 'is', '7', 'jaar', 'bel', '06-12345678', 'mevrouw', 'Bakker', ',', '.', 'fatma', 'yilmaz', 'van', 'Berg')
    fc.assert(
      fc.property(fc.array(words, { maxLength: 24 }).map((parts) => parts.join(' ')), (text) => {
        const final = findPersonalData(text)
        for (const hit of findPersonalDataByRules(text)) expect(final.some((other) => other.type === hit.type && other.start <= hit.start && hit.end <= other.end)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  // The honest check: on sets written apart and never trained on, the rules with the model find more than the rules alone.
  it.each(['holdout-5.jsonl', 'holdout-6.jsonl'])('finds more on %s than the rules alone, keeping at least 98 of every 100 other words', (file) => {
    const cases = labelled(file)
    const rules = evaluate(cases, findPersonalDataByRules)
    const both = evaluate(cases, findPersonalData)
    expect(both.overall.recall).toBeGreaterThan(rules.overall.recall + 0.01)
    expect(both.words.rate).toBeGreaterThanOrEqual(0.98)
  })
})
