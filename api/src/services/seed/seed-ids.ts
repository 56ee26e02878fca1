import { randomBytesFromPool } from '../../security/random-pool.js'

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

type IdKind = 'con' | 'evt' | 'msg' | 'sig'

/**
 * Ids in the shape of `newId` (a prefix and 20 characters), but ordered like a ULID: 10 characters of a
 * counter that starts at the current millisecond, then 10 random ones. A million concerns bring some ten
 * million index entries; inserted in order they append to the right edge of each B-tree instead of
 * touching pages all over it, which keeps bulk seeding fast once the indexes outgrow the cache.
 */
export function createSeedIds(startMs: number) {
  let counter = startMs
  const encode = (value: number, length: number) => {
    let out = ''
    for (let i = 0; i < length; i++) {
      out = ALPHABET[value % 32] + out
      value = Math.floor(value / 32)
    }
    return out
  }
  return (kind: IdKind): string => {
    const bytes = randomBytesFromPool(10)
    let tail = ''
    for (const byte of bytes) tail += ALPHABET[byte % 32]
    return `${kind}_${encode(counter++, 10)}${tail}`
  }
}
export type NewSeedId = ReturnType<typeof createSeedIds>
