import type { Challenge, PowSolution } from '@klankbord/contract'

type Solution = PowSolution['solution']

const BATCH = 50

const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16))
const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

async function deriveKey(challenge: Challenge['parameters'], nonce: Uint8Array, salt: Uint8Array, counter: number): Promise<string> {
  const input = new Uint8Array(salt.length + nonce.length + 4)
  input.set(salt)
  input.set(nonce, salt.length)
  new DataView(input.buffer).setUint32(salt.length + nonce.length, counter)
  let key = new Uint8Array(await crypto.subtle.digest('SHA-256', input))
  for (let i = 1; i < challenge.cost; i++) key = new Uint8Array(await crypto.subtle.digest('SHA-256', key))
  return toHex(key.subarray(0, challenge.keyLength))
}

/** Solves an ALTCHA v2 SHA-256 challenge: finds the first counter whose derived key starts with keyPrefix. */
export async function solveChallenge({ parameters }: Challenge): Promise<Solution> {
  const nonce = fromHex(parameters.nonce)
  const salt = fromHex(parameters.salt)
  const prefix = parameters.keyPrefix.toLowerCase()
  let lastYield = performance.now()
  for (let start = 0; start <= 0xffffffff; start += BATCH) {
    const keys = await Promise.all(Array.from({ length: BATCH }, (_, i) => deriveKey(parameters, nonce, salt, start + i)))
    const hit = keys.findIndex((key) => key.startsWith(prefix))
    if (hit >= 0) return { counter: start + hit, derivedKey: keys[hit]! }
    // Digests already resolve as tasks; an explicit turn now and then keeps typing smooth on slow phones
    // without paying the browser's 4 ms minimum timer delay after every batch.
    if (performance.now() - lastYield > 50) {
      await new Promise((resolve) => setTimeout(resolve))
      lastYield = performance.now()
    }
  }
  throw new Error('Challenge has no solution')
}
