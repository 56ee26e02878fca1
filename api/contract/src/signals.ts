import * as z from 'zod'
import { multiLine, singleLine } from './text.js'
import { DOMAINS, INBOX_LIMITS, SIGNAL_STATUSES } from './vocabulary.js'

export const PERSONAL_DATA_TYPES = ['NAAM', 'BSN', 'TELEFOON', 'EMAIL', 'ADRES', 'POSTCODE', 'DATUM', 'LEEFTIJD', 'IBAN', 'KENTEKEN', 'DOSSIERNUMMER', 'DOCUMENTNUMMER', 'PLAATS', 'URL'] as const
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number]

export const PersonalDataHit = z
  .object({ type: z.enum(PERSONAL_DATA_TYPES), start: z.int(), end: z.int() })
  .meta({ id: 'PersonalDataHit', description: 'Een stuk tekst dat op een persoonsgegeven lijkt (begin en eind in tekens).' })
export type PersonalDataHit = z.infer<typeof PersonalDataHit>

export const SignalInput = z
  .strictObject({
    municipalityId: singleLine({ trim: false }).min(1).max(64),
    concernId: singleLine({ trim: false }).max(64).optional().meta({ description: 'De melding waaruit het signaal komt (alleen zichtbaar in de inbox).' }),
    domain: z.enum(DOMAINS),
    theme: singleLine().min(1).max(INBOX_LIMITS.themeMax),
    text: multiLine().min(1).max(INBOX_LIMITS.signalTextMax),
    acceptPersonalDataWarning: z.boolean().optional().meta({ description: 'Opslaan ondanks een waarschuwing van de persoonsgegevens-controle.' }),
  })
  .meta({ id: 'SignalInput', description: 'Een structureel probleem voor de gemeente, zonder persoonsgegevens.' })
export type SignalInput = z.infer<typeof SignalInput>

export const SignalUpdate = z
  .strictObject({
    status: z.enum(SIGNAL_STATUSES).optional(),
    theme: singleLine().min(1).max(INBOX_LIMITS.themeMax).optional(),
    text: multiLine().min(1).max(INBOX_LIMITS.signalTextMax).optional(),
    response: multiLine().max(INBOX_LIMITS.responseMax).optional().meta({ description: 'Het antwoord van de gemeente: wat zij ermee doet.' }),
    acceptPersonalDataWarning: z.boolean().optional(),
  })
  .meta({ id: 'SignalUpdate' })
export type SignalUpdate = z.infer<typeof SignalUpdate>

export const Signal = z
  .object({
    id: z.string(),
    municipality: z.object({ id: z.string(), name: z.string() }),
    concern: z.object({ id: z.string(), reference: z.string() }).nullable(),
    domain: z.enum(DOMAINS),
    theme: z.string(),
    text: z.string(),
    status: z.enum(SIGNAL_STATUSES),
    response: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Signal' })
export type Signal = z.infer<typeof Signal>

export const SignalList = z.object({ items: z.array(Signal) }).meta({ id: 'SignalList' })
export type SignalList = z.infer<typeof SignalList>

/** A hit in a 422 `personal-data-suspected` problem: which field, and where in it. */
export const PersonalDataProblemHit = PersonalDataHit.extend({ field: z.enum(['theme', 'text', 'response']) }).meta({ id: 'PersonalDataProblemHit' })
export type PersonalDataProblemHit = z.infer<typeof PersonalDataProblemHit>

export const PersonalDataCheckInput = z.strictObject({ text: multiLine({ trim: false }).max(INBOX_LIMITS.signalTextMax * 2) }).meta({ id: 'PersonalDataCheckInput' })
export const PersonalDataCheck = z.object({ hits: z.array(PersonalDataHit) }).meta({ id: 'PersonalDataCheck' })
export type PersonalDataCheck = z.infer<typeof PersonalDataCheck>
