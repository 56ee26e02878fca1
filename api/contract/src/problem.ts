import * as z from 'zod/mini'
import { namedObject } from './named-object.js'
import { PersonalDataProblemHit } from './signals.js'

/** One invalid field in a `validation-failed` problem. */
export const InvalidParam = z.object({
  name: z.string().register(z.globalRegistry, { description: 'Pad van het veld, bijvoorbeeld `contact.email`.' }),
  code: z.string().register(z.globalRegistry, { description: 'Soort fout, stabiel voor software.' }),
  reason: z.string().register(z.globalRegistry, { description: 'Uitleg in de taal van het verzoek.' }),
})
export type InvalidParam = z.infer<typeof InvalidParam>

/** An error as `application/problem+json` (RFC 9457). */
export const Problem = namedObject('Problem', 'Foutmelding volgens RFC 9457.', {
  type: z.string().register(z.globalRegistry, { description: 'URI van het soort fout.' }),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  invalidParams: z.optional(z.array(InvalidParam)),
  hits: z
    .optional(z.array(PersonalDataProblemHit))
    .register(z.globalRegistry, { description: 'Bij `personal-data-suspected`: welk veld en waar in de tekst iets op een persoonsgegeven lijkt.' }),
})
export type Problem = z.infer<typeof Problem>

export const PROBLEM_KINDS = [
  'validation-failed',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'headers-too-large',
  'bad-request',
  'not-found',
  'unknown-partner',
  'origin-not-allowed',
  'pow-failed',
  'spam-suspected',
  'idempotency-conflict',
  'rate-limited',
  'unauthorized',
  'forbidden',
  'csrf-failed',
  'login-failed',
  'setup-link-invalid',
  'weak-password',
  'invalid-transition',
  'personal-data-suspected',
  'conflict',
  'unavailable',
  'internal',
] as const
export type ProblemKind = (typeof PROBLEM_KINDS)[number]
