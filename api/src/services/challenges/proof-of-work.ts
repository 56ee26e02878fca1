import { createChallenge, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { PowSolution } from '@klankbord/contract'

const CHALLENGE_TTL_SECONDS = 15 * 60

/**
 * ALTCHA-style proof of work: SHA-256 over salt, nonce and a counter until the key starts with
 * `difficulty` zero hex digits (16^difficulty tries on average). A solved challenge is spent once.
 */
export function createProofOfWork(options: { hmacSecret: string; difficulty: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const spent = new Map<string, number>()

  function forgetExpired() {
    const nowSeconds = now() / 1000
    for (const [signature, expiresAt] of spent) if (expiresAt < nowSeconds) spent.delete(signature)
  }

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
      if (spent.has(pow.challenge.signature)) return false
      const result = await verifySolution({
        challenge: pow.challenge as Challenge,
        solution: pow.solution,
        deriveKey,
        hmacSignatureSecret: options.hmacSecret,
      })
      if (!result.verified) return false
      if (spent.size > 10_000) forgetExpired()
      spent.set(pow.challenge.signature, pow.challenge.parameters.expiresAt ?? now() / 1000 + CHALLENGE_TTL_SECONDS)
      return true
    },
    /** Gives a solution back when storing failed, so the resident's retry with the same solution still works. */
    forget(pow: PowSolution): void {
      spent.delete(pow.challenge.signature)
    },
  }
}
export type ProofOfWork = ReturnType<typeof createProofOfWork>
