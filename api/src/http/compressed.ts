import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-deps.js'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this a compressed body saves less than the headers cost. */
const MIN_BYTES = 1024

/** Compressed bodies by a key that changes with their content (e.g. a file and its publication time). */
const CACHE_ENTRIES = 64
const cache = new Map<string, Uint8Array<ArrayBuffer>>()

async function compress(bytes: Uint8Array, encoding: 'br' | 'gzip', cacheKey: string | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const key = cacheKey && `${encoding} ${cacheKey}`
  const kept = key ? cache.get(key) : undefined
  if (kept) return kept
  const body =
    encoding === 'br'
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
      : await gzipAsync(bytes)
  const result = new Uint8Array(body)
  if (key) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
    cache.set(key, result)
  }
  return result
}

/**
 * A response body compressed the way the client accepts (brotli, else gzip). The statistics are read by the
 * dashboard on every load and repeat the same codes on every row, so they shrink several times; with a
 * `cacheKey` they are compressed once per publication, not once per request.
 */
export async function compressedBody(c: Context<AppEnv>, bytes: Uint8Array, contentType: string, cacheKey?: string, status: ContentfulStatusCode = 200): Promise<Response> {
  c.header('Vary', 'Accept, Accept-Encoding')
  const accepted = (c.req.header('Accept-Encoding') ?? '').toLowerCase()
  const encoding = bytes.byteLength < MIN_BYTES ? undefined : accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : undefined
  if (!encoding) return c.body(new Uint8Array(bytes), status, { 'Content-Type': contentType })
  return c.body(await compress(bytes, encoding, cacheKey), status, { 'Content-Type': contentType, 'Content-Encoding': encoding })
}
