import { LABEL_COUNT } from './labels.js'
import { MAX_FEATURES, tokenFeatures, type TokenTable } from './features.js'

/** Hashed feature weights, one row of LABEL_COUNT per bucket. */
export type Weights = { bits: number; values: Float32Array }

const features = new Uint32Array(MAX_FEATURES)
const scores = new Float64Array(LABEL_COUNT)

function score(weights: Weights, count: number): void {
  scores.fill(0)
  const mask = (1 << weights.bits) - 1
  const values = weights.values
  for (let f = 0; f < count; f++) {
    const row = (features[f]! & mask) * LABEL_COUNT
    for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += values[row + label]!
  }
}

/**
 * Labels for every token, left to right, each seeing the label before it. `bias` is added to every label but
 * "O" (the first): above zero the model says "personal data" more readily.
 */
export function label(weights: Weights, table: TokenTable, bias = 0): Uint8Array {
  const labels = new Uint8Array(table.length)
  let previous = 0
  for (let i = 0; i < table.length; i++) {
    score(weights, tokenFeatures(table, i, previous, features))
    let best = 0
    for (let candidate = 1; candidate < LABEL_COUNT; candidate++) if (scores[candidate]! + bias > scores[best]! + (best === 0 ? 0 : bias)) best = candidate
    labels[i] = best
    previous = best
  }
  return labels
}

export type Example = { table: TokenTable; gold: Uint8Array }

/**
 * An averaged perceptron (Collins 2002): on every wrong label, the gold label's weights go up and the predicted
 * label's go down; the average over all steps is kept, which generalises better than the last weights.
 */
export function train(examples: readonly Example[], { bits = 16, epochs = 8, seed = 1 } = {}): Weights {
  const size = (1 << bits) * LABEL_COUNT
  const current = new Float64Array(size)
  const totals = new Float64Array(size)
  const mask = (1 << bits) - 1
  const order = examples.map((_, k) => k)
  let random = seed
  let step = 1
  const weights: Weights = { bits, values: new Float32Array(size) }
  for (let epoch = 0; epoch < epochs; epoch++) {
    // The same order for the same seed: a build trains the same model every time.
    for (let k = order.length - 1; k > 0; k--) {
      random = (Math.imul(random, 1103515245) + 12345) >>> 0
      const j = random % (k + 1)
      ;[order[k], order[j]] = [order[j]!, order[k]!]
    }
    for (const index of order) {
      const { table, gold } = examples[index]!
      let previous = 0
      for (let i = 0; i < table.length; i++) {
        const count = tokenFeatures(table, i, previous, features)
        scores.fill(0)
        for (let f = 0; f < count; f++) {
          const row = (features[f]! & mask) * LABEL_COUNT
          for (let labelIndex = 0; labelIndex < LABEL_COUNT; labelIndex++) scores[labelIndex]! += current[row + labelIndex]!
        }
        let predicted = 0
        for (let candidate = 1; candidate < LABEL_COUNT; candidate++) if (scores[candidate]! > scores[predicted]!) predicted = candidate
        const truth = gold[i]!
        if (predicted !== truth) {
          for (let f = 0; f < count; f++) {
            const row = (features[f]! & mask) * LABEL_COUNT
            add(current, row + truth, 1)
            add(totals, row + truth, step)
            add(current, row + predicted, -1)
            add(totals, row + predicted, -step)
          }
        }
        previous = predicted
        step++
      }
    }
  }
  for (let k = 0; k < size; k++) weights.values[k] = current[k]! - totals[k]! / step
  return weights
}

const add = (values: Float64Array, index: number, amount: number) => {
  values[index] = values[index]! + amount
}
