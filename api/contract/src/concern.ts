import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { multiLine, singleLine } from './text.js'
import { PowSolution } from './challenge.js'
import { ConcernAnswers } from './concern-answers.js'
import { CHANNELS, DOMAINS, KINDS, LIMITS, LOCALES, OUTCOMES, RESIDENT_CHANNELS, STATUSES, SUPPORT_GIVEN, WISHES } from './vocabulary.js'

/** The Idempotency-Key header of a submission: 8 to 128 letters, digits, `-` or `_` (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\w-]{8,128}$/

// Consent comes after the language, where the request has always had it (and the OpenAPI document lists it).
const { consent, ...asked } = ConcernAnswers.shape

/** What the resident sends when raising a concern. */
export const ConcernInput = namedStrictObject('ConcernInput', 'Een nieuwe melding van een inwoner.', {
  partner: singleLine({ trim: false })
    .check(z.minLength(1), z.maxLength(LIMITS.partnerKeyMax))
    .register(z.globalRegistry, { description: 'Sleutel van de partnerwebsite waarop de widget staat.' }),
  ...asked,
  locale: z.enum(LOCALES).register(z.globalRegistry, { description: 'Taal van de inwoner.' }),
  consent,
  channel: z
    .optional(z.enum(RESIDENT_CHANNELS))
    .register(z.globalRegistry, { description: 'Hoe de inwoner het formulier kreeg: in de pagina, achter de knop, zonder JavaScript of via een poster. Zonder deze waarde: in de pagina.' }),
  pow: z.optional(PowSolution).register(z.globalRegistry, { description: 'De opgeloste rekenopgave; verplicht tenzij de server die uitschakelt.' }),
  // Any text is valid here, so a filled field is refused as spam by the route and never named in a validation answer.
  website: z.optional(singleLine({ trim: false })).register(z.globalRegistry, { description: 'Lokveld tegen spam; moet leeg blijven.' }),
})
export type ConcernInput = z.input<typeof ConcernInput>
export type ConcernInputParsed = z.output<typeof ConcernInput>

/** What the resident gets back: keep the follow-up code private. */
export const ConcernCreated = namedObject('ConcernCreated', 'Bevestiging van een ontvangen melding.', {
  reference: z.string().register(z.globalRegistry, { description: 'Kenmerk van de melding, om te noemen aan de telefoon.' }),
  followUpCode: z.string().register(z.globalRegistry, { description: 'Geheime code om de melding later te volgen. Wordt maar één keer getoond.' }),
  createdAt: z.iso.datetime().register(z.globalRegistry, { description: 'Moment van ontvangst (UTC).' }),
  firstContactBy: z.iso.date().register(z.globalRegistry, { description: 'Uiterlijk op deze dag neemt de vertrouwenspersoon contact op.' }),
})
export type ConcernCreated = z.infer<typeof ConcernCreated>

export const ConcernMessage = namedObject('ConcernMessage', 'Een bericht tussen inwoner en vertrouwenspersoon.', {
  from: z.enum(['resident', 'confidant']),
  body: z.string(),
  sentAt: z.iso.datetime(),
})
export type ConcernMessage = z.infer<typeof ConcernMessage>

/** Where a resident can turn once the confidant has closed the concern: the municipality's own links. */
export const ConcernNextSteps = namedObject('ConcernNextSteps', 'Wat de inwoner daarna nog kan doen: een klacht, de ombudsman.', {
  municipality: z.string(),
  complaintProcedureUrl: z
    .nullable(z.url())
    .register(z.globalRegistry, { description: 'Pagina over een klacht indienen bij de gemeente; leeg als de gemeente die niet heeft opgegeven.' }),
  ombudsman: z.object({
    kind: z.enum(['national', 'municipal']).register(z.globalRegistry, { description: 'De Nationale ombudsman, of de ombudsman van de gemeente.' }),
    name: z.string(),
    url: z.url(),
  }),
})
export type ConcernNextSteps = z.infer<typeof ConcernNextSteps>

/** What the resident sees with reference and follow-up code. */
export const ConcernFollowUp = namedObject('ConcernFollowUp', 'Stand van zaken van een melding, voor de inwoner.', {
  reference: z.string(),
  status: z.enum(STATUSES),
  createdAt: z.iso.datetime(),
  firstContactBy: z.iso.date(),
  firstContactAt: z
    .nullable(z.iso.datetime())
    .register(z.globalRegistry, { description: 'Moment van het eerste contact met de inwoner; leeg zolang dat er niet was.' }),
  closedAt: z.nullable(z.iso.datetime()).register(z.globalRegistry, { description: 'Moment van afsluiten; leeg zolang de melding open is.' }),
  outcome: z.nullable(z.enum(OUTCOMES)).register(z.globalRegistry, { description: 'De uitkomst; alleen bij een afgesloten melding.' }),
  decisionDate: z.nullable(z.iso.date()).register(z.globalRegistry, { description: 'Datum van het besluit, als die bekend is.' }),
  objectionDeadline: z
    .nullable(z.iso.date())
    .register(z.globalRegistry, { description: 'Laatste dag voor bezwaar (6 weken na het besluit, Awb); leeg zonder besluitdatum.' }),
  nextSteps: z.nullable(ConcernNextSteps).register(z.globalRegistry, { description: 'Alleen bij een afgesloten melding.' }),
  messages: z.array(ConcernMessage),
  erased: z.boolean().register(z.globalRegistry, { description: 'De persoonsgegevens zijn gewist.' }),
})
export type ConcernFollowUp = z.infer<typeof ConcernFollowUp>

/** One line of the concerns list for command-line and inbox overviews; no personal data. */
export const ConcernSummary = namedObject('ConcernSummary', 'Een melding zonder persoonsgegevens.', {
  reference: z.string(),
  createdAt: z.iso.datetime(),
  status: z.enum(STATUSES),
  domain: z.enum(DOMAINS),
  channel: z.enum(CHANNELS),
  municipality: z.string(),
})
export type ConcernSummary = z.infer<typeof ConcernSummary>


/** A reply from the resident, sent with the follow-up code. */
export const ResidentMessageInput = namedStrictObject('ResidentMessageInput', 'Een bericht van de inwoner aan de vertrouwenspersoon.', {
  body: multiLine().check(z.minLength(1), z.maxLength(LIMITS.descriptionMax)),
})
export type ResidentMessageInput = z.infer<typeof ResidentMessageInput>

/** Everything stored about the resident's concern, as the right of access (AVG art. 15) requires. */
export const ConcernDataCopy = namedObject('ConcernDataCopy', 'Een kopie van alle gegevens bij een melding.', {
  reference: z.string(),
  createdAt: z.iso.datetime(),
  status: z.enum(STATUSES),
  firstContactAt: z.nullable(z.iso.datetime()),
  closedAt: z.nullable(z.iso.datetime()),
  supportGiven: z.array(z.enum(SUPPORT_GIVEN)).register(z.globalRegistry, { description: 'Wat de vertrouwenspersoon deed, bij afsluiten vastgelegd.' }),
  outcome: z.nullable(z.enum(OUTCOMES)),
  channel: z.enum(CHANNELS),
  domain: z.enum(DOMAINS),
  kinds: z.array(z.enum(KINDS)),
  wish: z.enum(WISHES),
  decisionDate: z.nullable(z.iso.date()),
  onBehalfOf: z.boolean(),
  description: z.nullable(z.string()),
  organisation: z.nullable(z.string()),
  contact: z.nullable(z.record(z.string(), z.string())),
  messages: z.array(ConcernMessage),
  notes: z
    .array(z.object({ at: z.iso.datetime(), text: z.string() }))
    .register(z.globalRegistry, { description: 'Aantekeningen van de vertrouwenspersoon over de melding.' }),
  events: z.array(z.object({ at: z.iso.datetime(), type: z.string() })),
})
export type ConcernDataCopy = z.infer<typeof ConcernDataCopy>
