import type { Context } from 'hono'
import { LIMITS } from '@klankbord/contract/vocabulary'
import { Problem } from './problem.js'
import { readBodyBytes } from './read-json.js'

/** Reads an HTML form's body (`application/x-www-form-urlencoded`) with the same size limit as a JSON body. */
export async function readForm(c: Context, maxBytes: number = LIMITS.bodyBytesMax): Promise<URLSearchParams> {
  const type = c.req.header('Content-Type') ?? ''
  if (!/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(type)) throw new Problem('unsupported-media-type')
  return new URLSearchParams((await readBodyBytes(c, maxBytes)).toString('utf8'))
}
