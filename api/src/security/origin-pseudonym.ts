import { createHmac } from 'node:crypto'

/**
 * A resident's address as it goes into the audit log: a keyed hash of the address and the day, so the confidant
 * can see that two requests of one day came from the same place, but never the address, and nothing links days.
 */
export function createOriginPseudonym(secret: string) {
  return (address: string, now: Date): string => `r-${createHmac('sha256', secret).update(`${now.toISOString().slice(0, 10)}|${address}`).digest('base64url').slice(0, 16)}`
}
export type OriginPseudonym = ReturnType<typeof createOriginPseudonym>
