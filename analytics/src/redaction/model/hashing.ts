// Features are integers, never strings: a text's tokens are hashed once and their features mixed from those hashes,
// so scoring a token costs a few dozen multiplications (the redactor runs on every save).

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let k = 0; k < value.length; k++) {
    hash ^= value.charCodeAt(k)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** One feature: a template's number mixed with a value's hash. */
export function mix(template: number, value: number): number {
  let hash = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d)
  hash = Math.imul(hash ^ (hash >>> 12), 0x297a2d39)
  return (hash ^ (hash >>> 15)) >>> 0
}
