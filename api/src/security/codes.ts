import { FOLLOW_UP_ALPHABET } from '@klankbord/contract'
import { randomBytesFromPool } from './random-pool.js'

/**
 * Uniform random characters by rejection sampling: a byte is used only below the largest multiple of the
 * alphabet's size, so no character is more likely than another.
 */
function randomString(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length)
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytesFromPool(length)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length]
    }
  }
  return out
}

const randomChars = (length: number) => randomString(FOLLOW_UP_ALPHABET, length)

/** A reference to say on the phone, e.g. `KB-7F3Q-XM9A` (about 40 bits; uniqueness is enforced by the store). */
export function newReference(): string {
  return `KB-${randomChars(4)}-${randomChars(4)}`
}

/** The resident's secret: 16 characters from a 31-letter alphabet, about 79 bits, in groups of four. */
export function newFollowUpCode(): string {
  return [0, 1, 2, 3].map(() => randomChars(4)).join('-')
}

/** Accepts the code as people type it: any case, with or without dashes or spaces. */
export function normaliseFollowUpCode(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  return compact.match(/.{1,4}/g)?.join('-') ?? ''
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Prefixed, sortable-enough random IDs (`con_…`, `mun_…`) from one place. */
export function newId(kind: 'con' | 'mun' | 'par' | 'msg' | 'idem' | 'usr' | 'evt' | 'sig' | 'rec'): string {
  return `${kind}_${randomString(ID_ALPHABET, 20)}`
}
