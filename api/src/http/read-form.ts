import type { Context } from 'hono'
import { LIMITS } from '@klankbord/contract/vocabulary'
import { Problem } from './problem.js'
import { readBodyBytes } from './read-json.js'

/**
 * Room for a whole /meld form: every answer travels in it, and a form percent-encodes each byte of UTF-8 as three
 * characters, so a story of 5,000 euro signs or typographic quotes alone takes 45 KB.
 */
export const FORM_BYTES_MAX = 4 * LIMITS.bodyBytesMax

/** Reads an HTML form's body (`application/x-www-form-urlencoded`), refusing a larger one with a 413. */
export async function readForm(c: Context, maxBytes: number = FORM_BYTES_MAX): Promise<URLSearchParams> {
  const type = c.req.header('Content-Type') ?? ''
  if (!/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(type)) throw new Problem('unsupported-media-type')
  return new URLSearchParams((await readBodyBytes(c, maxBytes)).toString('utf8'))
}
