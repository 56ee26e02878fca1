import { createChallenge, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { PowSolution } from '@klankbord/contract'

const CHALLENGE_TTL_SECONDS = 15 * 60

/**
 * ALTCHA-style proof of work: SHA-256 over salt, nonce and a counter until the key starts with
 * `difficulty` zero hex digits (16^difficulty tries on average). `verify` only checks a solution; it is spent by
 * storing its signature in the same statement as the concern (spent_challenges), so it counts once across every
 * instance and a store that fails leaves it unspent for the resident's retry.
 */
export function createProofOfWork(options: { hmacSecret: string; difficulty: number; now?: () => number }) {
  const now = options.now ?? Date.now

  return {
    issue(): Promise<Challenge> {
      return createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        deriveKey,
        keyPrefix: '0'.repeat(options.difficulty),
        expiresAt: Math.floor(now() / 1000) + CHALLENGE_TTL_SECONDS,
        hmacSignatureSecret: options.hmacSecret,
      })
    },
    async verify(pow: PowSolution | undefined): Promise<boolean> {
      if (!pow?.challenge.signature) return false
      const result = await verifySolution({
        challenge: pow.challenge as Challenge,
        solution: pow.solution,
        deriveKey,
        hmacSignatureSecret: options.hmacSecret,
      })
      return result.verified
    },
    /** What storing the concern writes to spend this solution. */
    spending(pow: PowSolution): SpentChallenge {
      const expiresAt = pow.challenge.parameters.expiresAt ?? now() / 1000 + CHALLENGE_TTL_SECONDS
      return { signature: pow.challenge.signature, expiresAt: new Date(expiresAt * 1000) }
    },
  }
}
export type ProofOfWork = ReturnType<typeof createProofOfWork>
export type SpentChallenge = { signature: string; expiresAt: Date }
