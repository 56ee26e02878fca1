/** Validates caller decisions aligned with the cells and turns them into a byte mask. */
export function toMask(flags: readonly boolean[] | undefined, cellCount: number, name: string): Uint8Array {
  const mask = new Uint8Array(cellCount)
  if (flags === undefined) return mask
  if (flags.length !== cellCount) throw new Error(`disclosure: ${name} has ${flags.length} entries for ${cellCount} cells`)
  for (let c = 0; c < cellCount; c++) if (flags[c]) mask[c] = 1
  return mask
}
