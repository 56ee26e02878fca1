import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context } from 'hono'
import type { AppEnv } from '../app-deps.js'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this a compressed body saves less than the headers cost. */
const MIN_BYTES = 1024

/**
 * A response body compressed the way the client accepts (brotli, else gzip). The statistics are read by the
 * dashboard on every load and repeat the same codes on every row, so they shrink several times.
 */
export async function compressedBody(c: Context<AppEnv>, bytes: Uint8Array, contentType: string): Promise<Response> {
  c.header('Vary', 'Accept, Accept-Encoding')
  const accepted = (c.req.header('Accept-Encoding') ?? '').toLowerCase()
  if (bytes.byteLength >= MIN_BYTES && accepted.includes('br')) {
    const body = await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
    return c.body(new Uint8Array(body), 200, { 'Content-Type': contentType, 'Content-Encoding': 'br' })
  }
  if (bytes.byteLength >= MIN_BYTES && accepted.includes('gzip')) {
    return c.body(new Uint8Array(await gzipAsync(bytes)), 200, { 'Content-Type': contentType, 'Content-Encoding': 'gzip' })
  }
  return c.body(new Uint8Array(bytes), 200, { 'Content-Type': contentType })
}
