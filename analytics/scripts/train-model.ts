/**
 * Trains the redactor's model on the labelled sets written to improve it (development.jsonl, evaluation.jsonl) and
 * writes its weights next to the compiled model code. The held-out sets are never read here: they measure it.
 * Deterministic: the same sets, rules and lists give the same weights.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseLabelledCases } from '../dist/redaction/labelled-cases.js'
import { encodeWeights, MODEL_FILE } from '../dist/redaction/model/model-file.js'
import { train, type Example } from '../dist/redaction/model/perceptron.js'
import { trainingExample } from '../dist/redaction/model/training-example.js'

const TRAINING_SETS = ['development.jsonl', 'evaluation.jsonl']
// `--leave-out d6-`: train without the texts whose id starts so, to measure the model on them (a new part of the
// development set is measured this way before it joins the training).
const leaveOutAt = process.argv.indexOf('--leave-out')
const leftOut = leaveOutAt >= 0 ? process.argv[leaveOutAt + 1] : undefined

const started = performance.now()
const examples: Example[] = []
for (const file of TRAINING_SETS) {
  const cases = parseLabelledCases(readFileSync(new URL(`../../fixtures/redaction/${file}`, import.meta.url), 'utf8'))
  for (const item of cases) if (leftOut === undefined || !item.id.startsWith(leftOut)) examples.push(trainingExample(item))
}
const weights = train(examples)
mkdirSync(new URL('.', MODEL_FILE), { recursive: true })
writeFileSync(MODEL_FILE, encodeWeights(weights))
console.log(`redaction model: ${examples.length} texts, ${(performance.now() - started) / 1000}s`)
