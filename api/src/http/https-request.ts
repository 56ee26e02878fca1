import type { Context } from 'hono'

export type HttpsOptions = { trustProxy: boolean; publicUrl: string | undefined }

/** HTTPS when the request says so, or the proxy we trust does, or the configured public URL does. */
export function isHttpsRequest(c: Context, options: HttpsOptions): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  if (options.trustProxy && c.req.header('X-Forwarded-Proto') === 'https') return true
  return options.publicUrl?.startsWith('https:') ?? false
}
