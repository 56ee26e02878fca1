import * as z from 'zod'

/** A signed proof-of-work challenge (ALTCHA v2 shape), handed out by `GET /api/v1/challenge`. */
export const Challenge = z
  .object({
    parameters: z
      .looseObject({
        algorithm: z.string(),
        nonce: z.string(),
        salt: z.string(),
        cost: z.number(),
        keyLength: z.number(),
        keyPrefix: z.string(),
        expiresAt: z.number().optional(),
      })
      .meta({ description: 'Ondertekende parameters van de opgave; stuur ze ongewijzigd terug.' }),
    signature: z.string().meta({ description: 'HMAC-handtekening van de server over de parameters.' }),
  })
  .meta({ id: 'Challenge', description: 'Rekenopgave tegen spam (proof-of-work).' })
export type Challenge = z.infer<typeof Challenge>

/** The solved challenge a client sends along with a concern. */
export const PowSolution = z
  .strictObject({
    challenge: Challenge,
    solution: z.strictObject({
      counter: z.int().min(0).max(0xffffffff),
      derivedKey: z.string().regex(/^[0-9a-f]{2,128}$/),
    }),
  })
  .meta({ id: 'PowSolution', description: 'De opgeloste opgave: de teller en de afgeleide sleutel.' })
export type PowSolution = z.infer<typeof PowSolution>
