import * as z from 'zod/mini'
import { multiLine } from './text.js'
import { INBOX_LIMITS } from './vocabulary.js'

// The pieces that signals and recommendations share: texts the confidant publishes to the municipality.

/** The published text itself: required, at most as long as a signal may be. */
export const publishableText = () => multiLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.signalTextMax))

/** The municipality's answer to it, described for the OpenAPI document. */
export const municipalityResponse = (description: string) =>
  z.optional(multiLine().check(z.maxLength(INBOX_LIMITS.responseMax))).register(z.globalRegistry, { description })

/** Saving in spite of the personal-data check's warning. */
export const acceptPersonalDataWarning = () => z.optional(z.boolean())

/** Which municipality a published text belongs to, as answers show it. */
export const municipalityRef = () => z.object({ id: z.string(), name: z.string() })
