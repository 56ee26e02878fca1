import * as z from 'zod/mini'
import { multiLine, singleLine } from './text.js'
import { INBOX_LIMITS } from './vocabulary.js'

// What signals and recommendations share: texts the confidant publishes to the municipality. Each kind adds its own
// fields (**own**) in the middle, so the shared ones keep their place in every schema and in the OpenAPI document.

/** The published text itself: required, at most as long as a signal may be. */
export const publishableText = () => multiLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.signalTextMax))

/** A new published text: the municipality it is for, the kind's own fields, the text, and the warning override. */
export const publishedTextInput = <const Own extends z.core.$ZodLooseShape>(own: Own) =>
  z.strictObject({
    municipalityId: singleLine({ trim: false }).check(z.minLength(1), z.maxLength(64)),
    ...own,
    text: publishableText(),
    acceptPersonalDataWarning: z.optional(z.boolean()).register(z.globalRegistry, { description: 'Opslaan ondanks een waarschuwing van de persoonsgegevens-controle.' }),
  })

/** A change to a published text: the kind's own fields, the municipality's answer (described for the OpenAPI document) and the warning override. */
export const publishedTextUpdate = <const Own extends z.core.$ZodLooseShape>(responseDescription: string, own: Own) =>
  z.strictObject({
    ...own,
    response: z.optional(multiLine().check(z.maxLength(INBOX_LIMITS.responseMax))).register(z.globalRegistry, { description: responseDescription }),
    acceptPersonalDataWarning: z.optional(z.boolean()),
  })

/** A published text as answers show it: id and municipality, the kind's own fields, then the text and where it stands. */
export const publishedTextAnswer = <const Statuses extends readonly [string, ...string[]], const Own extends z.core.$ZodLooseShape>(statuses: Statuses, own: Own) =>
  z.object({
    id: z.string(),
    municipality: z.object({ id: z.string(), name: z.string() }),
    ...own,
    text: z.string(),
    status: z.enum(statuses),
    response: z.nullable(z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
