import * as z from 'zod/mini'
import { isSafeLink } from './links.js'

/** What is no URL at all is reported once, by the format check. */
function safeOrNoUrl(value: string): boolean {
  try {
    new URL(value)
  } catch {
    return true
  }
  return isSafeLink(value)
}

/** A link shown to others: `https:`, or `http:` on localhost for the demo; never `javascript:` or `data:`. */
export const LinkUrl = z.url().check(z.maxLength(500), z.refine(safeOrNoUrl, { params: { reason: 'unsafe-link' } }))
