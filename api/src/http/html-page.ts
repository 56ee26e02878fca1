import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-deps.js'
import { compressedBody } from './compressed.js'

/** A resident's page, compressed as the client accepts; never cached, since it may hold what the resident typed. */
export function htmlPage(c: Context<AppEnv>, page: string, status: ContentfulStatusCode = 200): Promise<Response> {
  c.header('Cache-Control', 'no-store')
  return compressedBody(c, new TextEncoder().encode(page), 'text/html; charset=utf-8', undefined, status)
}
