import { createHash } from 'node:crypto'
import { randomBytesFromPool } from './random-pool.js'

/** A bearer secret (session id, CSRF token, setup link): 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytesFromPool(32).toString('base64url')
}

/** Tokens are stored only as their SHA-256: they are random, so no stretching is needed, and a database copy cannot be replayed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
