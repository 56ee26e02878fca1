import type { Context } from 'hono'
import { LIMITS } from '@klankbord/contract/vocabulary'
import { Problem } from './problem.js'

/**
 * Reads a JSON body with the checks every POST needs: media type (415), size (413, also when the client
 * lies about or omits Content-Length) and syntax (400).
 */
export async function readJson(c: Context, maxBytes: number = LIMITS.bodyBytesMax): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) throw new Problem('unsupported-media-type')
  const declared = Number(c.req.header('Content-Length') ?? 0)
  if (declared > maxBytes) throw new Problem('payload-too-large')
  const body = c.req.raw.body
  if (!body) throw new Problem('malformed-json')
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new Problem('payload-too-large')
    }
    chunks.push(value)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new Problem('malformed-json')
  }
}
