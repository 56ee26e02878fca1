import { hash, verify } from '@node-rs/argon2'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { COMMON_PASSWORD_STEMS } from './common-passwords.js'

const COMMON = new Set(COMMON_PASSWORD_STEMS)

/** argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane); `npm run bench` prints what one check costs. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  // Without a stored hash, still spend the same time, so a missing account does not answer faster.
  if (!stored) {
    await hash(password, ARGON2_OPTIONS)
    return false
  }
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

export type PasswordWeakness = 'too-short' | 'too-long' | 'common' | 'contains-email'

/** Why a new password is refused, or undefined when it is acceptable (NIST SP 800-63B: length and a blocklist, no composition rules). */
export function passwordWeakness(password: string, email: string): PasswordWeakness | undefined {
  if ([...password].length < INBOX_LIMITS.passwordMin) return 'too-short'
  if (password.length > INBOX_LIMITS.passwordMax) return 'too-long'
  const lower = password.toLowerCase()
  const stem = lower.replace(/[\d\W_]+$/u, '')
  if (COMMON.has(lower) || COMMON.has(stem) || new Set(lower).size <= 3) return 'common'
  const local = email.toLowerCase().split('@')[0] ?? ''
  if (local.length >= 4 && lower.includes(local)) return 'contains-email'
  return undefined
}
