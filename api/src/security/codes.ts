import { randomInt } from 'node:crypto'
import { FOLLOW_UP_ALPHABET } from '@klankbord/contract'

function randomChars(length: number): string {
  let out = ''
  for (let i = 0; i < length; i += 1) out += FOLLOW_UP_ALPHABET[randomInt(FOLLOW_UP_ALPHABET.length)]
  return out
}

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
export function newId(kind: 'con' | 'mun' | 'par' | 'msg' | 'idem'): string {
  let out = ''
  for (let i = 0; i < 20; i += 1) out += ID_ALPHABET[randomInt(ID_ALPHABET.length)]
  return `${kind}_${out}`
}
