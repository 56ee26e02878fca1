import type { LabelledCase } from '../evaluate.js'
import { findPersonalDataByRules } from '../find-personal-data.js'
import { tokenize } from '../names/tokenize.js'
import { tokenTable } from './features.js'
import { MODEL_LABELS } from './labels.js'
import type { Example } from './perceptron.js'

/** A labelled text as the model learns from it: its tokens with the rules' hits, and each token's gold label. */
export function trainingExample(item: LabelledCase): Example {
  const tokens = tokenize(item.text)
  const gold = Uint8Array.from(tokens, (token) => {
    const span = item.entities.find((entity) => entity.start < token.end && token.start < entity.end)
    return Math.max(0, span ? MODEL_LABELS.indexOf(span.type as (typeof MODEL_LABELS)[number]) : 0)
  })
  return { table: tokenTable(tokens, findPersonalDataByRules(item.text)), gold }
}
