import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { publishableText, publishedTextAnswer, publishedTextInput, publishedTextUpdate } from './publishable-text.js'
import { multiLine, singleLine } from './text.js'
import { DOMAINS, INBOX_LIMITS, SIGNAL_STATUSES } from './vocabulary.js'

export const PERSONAL_DATA_TYPES = ['NAAM', 'BSN', 'TELEFOON', 'EMAIL', 'ADRES', 'POSTCODE', 'DATUM', 'LEEFTIJD', 'IBAN', 'KENTEKEN', 'DOSSIERNUMMER', 'DOCUMENTNUMMER', 'PLAATS', 'URL'] as const
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number]

export const PersonalDataHit = namedObject('PersonalDataHit', 'Een stuk tekst dat op een persoonsgegeven lijkt (begin en eind in tekens).', {
  type: z.enum(PERSONAL_DATA_TYPES),
  start: z.int(),
  end: z.int(),
})
export type PersonalDataHit = z.infer<typeof PersonalDataHit>

export const SignalInput = publishedTextInput({
  concernId: z
    .optional(singleLine({ trim: false }).check(z.maxLength(64)))
    .register(z.globalRegistry, { description: 'De melding waaruit het signaal komt (alleen zichtbaar in de inbox).' }),
  domain: z.enum(DOMAINS),
  theme: singleLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.themeMax)),
}).register(z.globalRegistry, { id: 'SignalInput', description: 'Een structureel probleem voor de gemeente, zonder persoonsgegevens.' })
export type SignalInput = z.infer<typeof SignalInput>

export const SignalUpdate = publishedTextUpdate('Het antwoord van de gemeente: wat zij ermee doet.', {
  status: z.optional(z.enum(SIGNAL_STATUSES)),
  theme: z.optional(singleLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.themeMax))),
  text: z.optional(publishableText()),
}).register(z.globalRegistry, { id: 'SignalUpdate' })
export type SignalUpdate = z.infer<typeof SignalUpdate>

export const Signal = z
  .extend(
    publishedTextAnswer(SIGNAL_STATUSES, {
      concern: z.nullable(z.object({ id: z.string(), reference: z.string() })),
      domain: z.enum(DOMAINS),
      theme: z.string(),
    }),
    { createdBy: z.nullable(z.object({ id: z.string(), name: z.string() })) },
  )
  .register(z.globalRegistry, { id: 'Signal' })
export type Signal = z.infer<typeof Signal>

export const SignalList = namedObject('SignalList', { items: z.array(Signal) })
export type SignalList = z.infer<typeof SignalList>

/** A hit in a 422 `personal-data-suspected` problem: which field, and where in it. */
export const PersonalDataProblemHit = z
  .extend(PersonalDataHit, { field: z.enum(['theme', 'text', 'response']) })
  .register(z.globalRegistry, { id: 'PersonalDataProblemHit' })
export type PersonalDataProblemHit = z.infer<typeof PersonalDataProblemHit>

export const PersonalDataCheckInput = namedStrictObject('PersonalDataCheckInput', { text: multiLine({ trim: false }).check(z.maxLength(INBOX_LIMITS.signalTextMax * 2)) })
export const PersonalDataCheck = namedObject('PersonalDataCheck', { hits: z.array(PersonalDataHit) })
export type PersonalDataCheck = z.infer<typeof PersonalDataCheck>
