import { readFileSync } from 'node:fs'
import type { Weights } from './perceptron.js'

/**
 * Written by `scripts/train-model.ts` at build time; part of the fingerprint. The same path from src and from dist
 * (like the lexicon's), so the tests, which run the sources, read the trained weights too.
 */
export const MODEL_FILE = new URL('../../../dist/model/redaction-model.bin', import.meta.url)
const MAGIC = 'KBRM'
const VERSION = 1
const HEADER = 8

export function encodeWeights(weights: Weights): Buffer {
  const header = Buffer.alloc(HEADER)
  header.write(MAGIC, 0, 'latin1')
  header.writeUInt8(VERSION, 4)
  header.writeUInt8(weights.bits, 5)
  return Buffer.concat([header, Buffer.from(weights.values.buffer, weights.values.byteOffset, weights.values.byteLength)])
}

export function decodeWeights(file: Buffer): Weights {
  if (file.toString('latin1', 0, 4) !== MAGIC || file.readUInt8(4) !== VERSION) throw new Error('The redaction model file has an unknown format: run `npm run build`.')
  const bits = file.readUInt8(5)
  const bytes = file.subarray(HEADER)
  // Copied, so the values are aligned for a Float32Array whatever the file buffer's offset.
  const values = new Float32Array(bytes.byteLength / 4)
  new Uint8Array(values.buffer).set(bytes)
  return { bits, values }
}

let loaded: Weights | undefined

/** The trained weights, read on first use and kept for the process. */
export function modelWeights(): Weights {
  if (loaded) return loaded
  let file: Buffer
  try {
    file = readFileSync(MODEL_FILE)
  } catch (error) {
    throw new Error('The redaction model is missing: run `npm run build` (it trains dist/redaction/model from the labelled sets).', { cause: error })
  }
  loaded = decodeWeights(file)
  return loaded
}
