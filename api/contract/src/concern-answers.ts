import * as z from 'zod/mini'
// The core builder of `z.iso.date()`: through the `iso` namespace a bundle would also carry an object of all its formats.
import { _isoDate } from 'zod/v4/core'
import { isEmailAddress, isPhoneNumber } from './contact-formats.js'
import { multiLine, singleLine } from './text.js'
import { CONTACT_MODES, DOMAINS, KINDS, LIMITS, WISHES } from './vocabulary.js'

const optionalText = (max: number, description: string) => z.optional(singleLine().check(z.maxLength(max))).register(z.globalRegistry, { description })

const ContactNone = z.strictObject({ mode: z.literal('none') })
const ContactEmail = z.strictObject({
  mode: z.literal('email'),
  email: z
    .string()
    .check(z.trim(), z.maxLength(LIMITS.emailMax), z.refine(isEmailAddress, { params: { reason: 'email' } }))
    .register(z.globalRegistry, { description: 'E-mailadres van de inwoner.' }),
  name: optionalText(LIMITS.nameMax, 'Naam, als de inwoner die wil geven.'),
})
const ContactPhone = z.strictObject({
  mode: z.literal('phone'),
  phone: z
    .string()
    .check(z.trim(), z.maxLength(40), z.refine(isPhoneNumber, { params: { reason: 'phone' } }))
    .register(z.globalRegistry, { description: 'Telefoonnummer (Nederlands of internationaal), zoals 06 12345678, (020) 123 4567 of +31 6 12345678.' }),
  name: optionalText(LIMITS.nameMax, 'Naam, als de inwoner die wil geven.'),
  bestTime: optionalText(LIMITS.bestTimeMax, 'Wanneer de inwoner het best te bellen is.'),
})

/** How the resident wants to be reached; `none` keeps them anonymous. */
export const Contact = z
  .discriminatedUnion('mode', [ContactNone, ContactEmail, ContactPhone])
  .register(z.globalRegistry, { id: 'Contact', description: `Hoe de inwoner bereikt wil worden: ${CONTACT_MODES.join(', ')}.` })
export type Contact = z.infer<typeof Contact>

/** An ISO date that is not in the future: a decision cannot have been made tomorrow. */
const PastIsoDate = _isoDate(z.ZodMiniISODate).check(z.refine((date) => date <= new Date().toISOString().slice(0, 10), { params: { reason: 'future-date' } }))

/**
 * What the resident answers in the widget's steps, the fields of a {@link ConcernInput} without its envelope
 * (partner, language, proof of work, honeypot). The widget checks each answer with the schema of its field here,
 * in the chunk it loads when the resident starts, so form and API refuse the same values.
 */
export const ConcernAnswers = z.strictObject({
  domain: z.enum(DOMAINS).register(z.globalRegistry, { description: 'Waar de zorg over gaat.' }),
  kinds: z
    .array(z.enum(KINDS))
    .check(
      z.minLength(1),
      z.maxLength(KINDS.length),
      z.refine((kinds) => new Set(kinds).size === kinds.length, { params: { reason: 'duplicate' } }),
    )
    .register(z.globalRegistry, { description: 'Soort onvrede; een of meer codes, elk hoogstens één keer.' }),
  description: multiLine()
    .check(z.minLength(1), z.maxLength(LIMITS.descriptionMax))
    .register(z.globalRegistry, { description: 'Wat er gebeurde, in de woorden van de inwoner.' }),
  wish: z.enum(WISHES).register(z.globalRegistry, { description: 'Wat de inwoner nodig heeft.' }),
  organisation: optionalText(LIMITS.organisationMax, 'De organisatie of het team waar het om gaat.'),
  decisionDate: z.optional(PastIsoDate).register(z.globalRegistry, { description: 'Datum van het besluit, als er een besluit is (JJJJ-MM-DD).' }),
  onBehalfOf: z.boolean().register(z.globalRegistry, { description: 'Waar als iemand de zorg meldt namens een ander.' }),
  contact: Contact,
  consent: z.literal(true).register(z.globalRegistry, { description: 'De inwoner stemt in met de privacyverklaring.' }),
})
export type ConcernAnswers = z.input<typeof ConcernAnswers>
