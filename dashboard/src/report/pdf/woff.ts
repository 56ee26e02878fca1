/**
 * WOFF 1.0 to a plain TrueType/OpenType file. fontkit reads WOFF too, but inflates its tables again for every
 * document (most of the time of a report); unpacked once per process, each document only subsets.
 */
import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646
const HEADER = 44
const WOFF_ENTRY = 20
const SFNT_ENTRY = 16

const padded = (n: number) => (n + 3) & ~3

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1.0 font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + i * WOFF_ENTRY
    const offset = woff.readUInt32BE(at + 4)
    const compressed = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const stored = woff.subarray(offset, offset + compressed)
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(stored) : stored }
  })
  const searchRange = 2 ** Math.floor(Math.log2(count)) * 16
  let offset = 12 + count * SFNT_ENTRY
  const out = Buffer.alloc(offset + tables.reduce((sum, t) => sum + padded(t.data.length), 0))
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(count, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(Math.log2(searchRange / 16), 8)
  out.writeUInt16BE(count * 16 - searchRange, 10)
  tables.forEach((table, i) => {
    const at = 12 + i * SFNT_ENTRY
    out.writeUInt32BE(table.tag, at)
    out.writeUInt32BE(table.checksum, at + 4)
    out.writeUInt32BE(offset, at + 8)
    out.writeUInt32BE(table.data.length, at + 12)
    table.data.copy(out, offset)
    offset += padded(table.data.length)
  })
  return out
}
