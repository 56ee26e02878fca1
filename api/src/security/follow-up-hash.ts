import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * scrypt parameters for follow-up codes. The code carries ~79 bits of entropy, so the hash only has to
 * make an offline search of a stolen table hopeless, not stretch a weak password: N=2^11 costs a few
 * milliseconds per intake (see `npm run bench`) and puts 2^79 guesses far out of reach.
 */
const PARAMS = { N: 2 ** 11, r: 8, p: 1 } as const
const KEY_LENGTH = 32

function derive(code: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code, salt, KEY_LENGTH, { ...params, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function hashFollowUpCode(code: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(code, salt, PARAMS)
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

const DUMMY_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`

/** Verifies in constant time; with no stored hash it still spends the same work, so timing does not reveal unknown references. */
export async function verifyFollowUpCode(code: string, stored: string | undefined): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = (stored ?? DUMMY_HASH).split('$')
  if (scheme !== 'scrypt' || !saltText || !keyText) return false
  const expected = Buffer.from(keyText, 'base64url')
  const actual = await derive(code, Buffer.from(saltText, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) })
  return timingSafeEqual(actual, expected) && stored !== undefined
}
