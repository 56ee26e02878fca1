import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'

/** A signed proof-of-work challenge (ALTCHA v2 shape), handed out by `GET /api/v1/challenge`. */
export const Challenge = namedObject('Challenge', 'Rekenopgave tegen spam (proof-of-work).', {
  parameters: z
    .looseObject({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      expiresAt: z.optional(z.number()),
    })
    .register(z.globalRegistry, { description: 'Ondertekende parameters van de opgave; stuur ze ongewijzigd terug.' }),
  signature: z.string().register(z.globalRegistry, { description: 'HMAC-handtekening van de server over de parameters.' }),
})
export type Challenge = z.infer<typeof Challenge>

/** The solved challenge a client sends along with a concern. */
export const PowSolution = namedStrictObject('PowSolution', 'De opgeloste opgave: de teller en de afgeleide sleutel.', {
  challenge: Challenge,
  solution: z.strictObject({
    counter: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
    derivedKey: z.string().check(z.regex(/^[0-9a-f]{2,128}$/)),
  }),
})
export type PowSolution = z.infer<typeof PowSolution>
