/**
 * Trains the redactor's model on the labelled sets written to improve it (development.jsonl, evaluation.jsonl) and
 * writes its weights next to the compiled model code. The held-out sets are never read here: they measure it.
 * Deterministic: the same sets, rules and lists give the same weights.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseLabelledCases } from '../dist/redaction/labelled-cases.js'
import { findPersonalDataByRules } from '../dist/redaction/find-personal-data.js'
import { tokenize } from '../dist/redaction/names/tokenize.js'
import { tokenTable } from '../dist/redaction/model/features.js'
import { MODEL_LABELS } from '../dist/redaction/model/labels.js'
import { encodeWeights, MODEL_FILE } from '../dist/redaction/model/model-file.js'
import { train, type Example } from '../dist/redaction/model/perceptron.js'

export const TRAINING_SETS = ['development.jsonl', 'evaluation.jsonl']
// `--leave-out d6-`: train without the texts whose id starts so, to measure the model on them (a new part of the
// development set is measured this way before it joins the training).
const leaveOutAt = process.argv.indexOf('--leave-out')
const leftOut = leaveOutAt >= 0 ? process.argv[leaveOutAt + 1] : undefined

const started = performance.now()
const examples: Example[] = []
for (const file of TRAINING_SETS) {
  for (const item of parseLabelledCases(readFileSync(new URL(`../../fixtures/redaction/${file}`, import.meta.url), 'utf8')).filter((item) => leftOut === undefined || !item.id.startsWith(leftOut))) {
    const tokens = tokenize(item.text)
    const gold = new Uint8Array(tokens.length)
    tokens.forEach((token, i) => {
      const span = item.entities.find((entity) => entity.start < token.end && token.start < entity.end)
      const labelIndex = span ? MODEL_LABELS.indexOf(span.type as (typeof MODEL_LABELS)[number]) : -1
      gold[i] = labelIndex > 0 ? labelIndex : 0
    })
    examples.push({ table: tokenTable(tokens, findPersonalDataByRules(item.text)), gold })
  }
}
const weights = train(examples)
mkdirSync(new URL('.', MODEL_FILE), { recursive: true })
writeFileSync(MODEL_FILE, encodeWeights(weights))
console.log(`redaction model: ${examples.length} texts, ${(performance.now() - started) / 1000}s`)
