import * as z from 'zod'
import { multiLine, singleLine } from './text.js'
import { ConcernCreated, ConcernInput } from './concern.js'
import {
  CHANNELS,
  CONTACT_KINDS,
  CONTACT_MODES,
  CONTACT_PARTIES,
  DOMAINS,
  EVENT_TYPES,
  INBOX_LIMITS,
  KINDS,
  LOCALES,
  ORGANISATION_KINDS,
  OUTCOMES,
  PARTNER_KINDS,
  STATUSES,
  SUPPORT_GIVEN,
  WISHES,
} from './vocabulary.js'

/** A flag in a query string: `true` or `false`. */
export const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true')

/** Filters of the inbox list; all optional, combined with AND. */
export const InboxQuery = z
  .strictObject({
    status: z.enum(STATUSES).optional(),
    domain: z.enum(DOMAINS).optional(),
    kind: z.enum(KINDS).optional(),
    partner: singleLine({ trim: false }).max(64).optional().meta({ description: 'Id van de partner.' }),
    assignee: singleLine({ trim: false }).max(64).optional().meta({ description: 'Id van de vertrouwenspersoon, of `none` voor niet toegewezen.' }),
    overdue: queryFlag.optional().meta({ description: 'Alleen meldingen waarvan de termijn voor eerste contact verlopen is.' }),
    objectionSoon: queryFlag.optional().meta({ description: 'Alleen meldingen waarvan de bezwaartermijn binnen 14 dagen afloopt.' }),
    reference: singleLine().max(20).optional().meta({ description: 'Zoeken op (een deel van) het kenmerk.' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .meta({ id: 'InboxQuery' })
export type InboxQuery = z.input<typeof InboxQuery>

export const Person = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Person' })
export type Person = z.infer<typeof Person>
export const PersonList = z.object({ items: z.array(Person) }).meta({ id: 'PersonList' })
export type PersonList = z.infer<typeof PersonList>

/** One row in the inbox: codes, dates and deadlines, never what the resident wrote. */
export const InboxItem = z
  .object({
    id: z.string(),
    reference: z.string(),
    municipality: z.object({ id: z.string(), name: z.string() }),
    partner: z.object({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS) }).nullable(),
    channel: z.enum(CHANNELS),
    domain: z.enum(DOMAINS),
    kinds: z.array(z.enum(KINDS)),
    wish: z.enum(WISHES),
    status: z.enum(STATUSES),
    contactMode: z.enum(CONTACT_MODES),
    onBehalfOf: z.boolean(),
    assignee: Person.nullable(),
    createdAt: z.iso.datetime(),
    firstContactBy: z.iso.date(),
    firstContactAt: z.iso.datetime().nullable(),
    overdue: z.boolean().meta({ description: 'Geen eerste contact en de termijn is voorbij.' }),
    decisionDate: z.iso.date().nullable(),
    objectionDeadline: z.iso.date().nullable().meta({ description: 'Laatste dag voor bezwaar (6 weken na het besluit).' }),
    unreadMessages: z.int().meta({ description: 'Berichten van de inwoner die nog niet gelezen zijn.' }),
    erased: z.boolean().meta({ description: 'Persoonsgegevens zijn gewist (bewaartermijn of verzoek van de inwoner).' }),
  })
  .meta({ id: 'InboxItem' })
export type InboxItem = z.infer<typeof InboxItem>

export const InboxList = z
  .object({
    items: z.array(InboxItem),
    total: z.int(),
    counts: z.record(z.enum(STATUSES), z.int()).meta({ description: 'Aantal meldingen per status (binnen de gemeenten van de gebruiker, zonder filters).' }),
    version: z.string().meta({ description: 'Verandert zodra er iets nieuws is; vergelijk met GET /inbox/version.' }),
  })
  .meta({ id: 'InboxList' })
export type InboxList = z.infer<typeof InboxList>

export const InboxVersion = z.object({ version: z.string() }).meta({ id: 'InboxVersion' })
export type InboxVersion = z.infer<typeof InboxVersion>

/** The resident's contact details, decrypted for the confidant only. */
export const CaseContact = z
  .object({
    mode: z.enum(CONTACT_MODES),
    email: z.string().optional(),
    phone: z.string().optional(),
    name: z.string().optional(),
    bestTime: z.string().optional(),
  })
  .meta({ id: 'CaseContact' })

/** One entry on a case's timeline. Which fields are present depends on `type`. */
export const CaseEvent = z
  .object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    at: z.iso.datetime(),
    actor: Person.nullable().meta({ description: 'Wie het deed; leeg voor de inwoner of het systeem.' }),
    from: z.enum(STATUSES).optional(),
    to: z.enum(STATUSES).optional(),
    text: z.string().optional().meta({ description: 'Notitie, samenvatting of bericht.' }),
    contactKind: z.enum(CONTACT_KINDS).optional(),
    party: z.enum(CONTACT_PARTIES).optional(),
    organisation: z.string().optional(),
    organisationKind: z.enum(ORGANISATION_KINDS).optional(),
    consent: z.boolean().optional(),
    minutes: z.int().optional(),
    sender: z.enum(['resident', 'confidant']).optional(),
    assignee: Person.nullable().optional(),
  })
  .meta({ id: 'CaseEvent' })
export type CaseEvent = z.infer<typeof CaseEvent>

export const CaseDetail = z
  .object({
    item: InboxItem,
    locale: z.enum(LOCALES),
    description: z.string().nullable().meta({ description: 'Wat de inwoner schreef; leeg als het gewist is.' }),
    organisation: z.string().nullable(),
    contact: CaseContact.nullable(),
    supportGiven: z.array(z.enum(SUPPORT_GIVEN)),
    outcome: z.enum(OUTCOMES).nullable(),
    closedAt: z.iso.datetime().nullable(),
    minutesSpent: z.int(),
    events: z.array(CaseEvent),
    mailConfigured: z.boolean().meta({ description: 'Of de inwoner per e-mail een seintje krijgt bij een nieuw bericht.' }),
  })
  .meta({ id: 'CaseDetail' })
export type CaseDetail = z.infer<typeof CaseDetail>

/** A status change. Closing needs the support given and the outcome. */
export const StatusChangeInput = z
  .strictObject({
    status: z.enum(STATUSES),
    supportGiven: z.array(z.enum(SUPPORT_GIVEN)).max(SUPPORT_GIVEN.length).optional(),
    outcome: z.enum(OUTCOMES).optional(),
  })
  .meta({ id: 'StatusChangeInput' })
export type StatusChangeInput = z.infer<typeof StatusChangeInput>

export const AssignInput = z
  .strictObject({ assigneeId: singleLine({ trim: false }).max(64).nullable() })
  .meta({ id: 'AssignInput', description: 'Wijs toe aan een vertrouwenspersoon, of `null` om los te laten.' })
export type AssignInput = z.infer<typeof AssignInput>

export const NoteInput = z.strictObject({ text: multiLine().min(1).max(INBOX_LIMITS.noteMax) }).meta({ id: 'NoteInput' })
export type NoteInput = z.infer<typeof NoteInput>

const Minutes = z.int().min(0).max(INBOX_LIMITS.minutesMax)

/** A call, visit, e-mail or video call, with the resident or (mediation, with consent) with the organisation. */
export const ContactLogInput = z
  .strictObject({
    kind: z.enum(CONTACT_KINDS),
    party: z.enum(CONTACT_PARTIES),
    minutes: Minutes,
    summary: multiLine().max(INBOX_LIMITS.noteMax).optional(),
    organisation: singleLine().min(1).max(200).optional(),
    organisationKind: z.enum(ORGANISATION_KINDS).optional(),
    consent: z.literal(true).optional().meta({ description: 'De inwoner gaf toestemming voor dit contact met de organisatie; verplicht bij `organisation`.' }),
  })
  .meta({ id: 'ContactLogInput' })
export type ContactLogInput = z.infer<typeof ContactLogInput>

export const TimeLogInput = z
  .strictObject({ minutes: Minutes.min(1), activity: singleLine().max(200).optional() })
  .meta({ id: 'TimeLogInput', description: 'Bestede tijd die niet bij een contact hoort (bijvoorbeeld een brief schrijven).' })
export type TimeLogInput = z.infer<typeof TimeLogInput>

export const ConsentInput = z
  .strictObject({
    organisation: singleLine().min(1).max(200),
    organisationKind: z.enum(ORGANISATION_KINDS),
    how: z.enum(CONTACT_KINDS).meta({ description: 'Hoe de inwoner toestemming gaf.' }),
  })
  .meta({ id: 'ConsentInput', description: 'De inwoner geeft toestemming om contact op te nemen met een organisatie.' })
export type ConsentInput = z.infer<typeof ConsentInput>

export const MessageInput = z.strictObject({ body: multiLine().min(1).max(INBOX_LIMITS.messageMax) }).meta({ id: 'MessageInput' })
export type MessageInput = z.infer<typeof MessageInput>

/** A concern taken by phone, at a walk-in hour, by e-mail or letter, entered by the confidant. */
export const ConfidantIntakeInput = ConcernInput.omit({ partner: true, pow: true, website: true, consent: true })
  .extend({
    municipalityId: singleLine({ trim: false }).min(1).max(64),
    channel: z.enum(CHANNELS).exclude(['widget']),
    consent: z.literal(true).meta({ description: 'De inwoner stemt in met de privacyverklaring (mondeling is genoeg).' }),
  })
  .meta({ id: 'ConfidantIntakeInput' })
export type ConfidantIntakeInput = z.input<typeof ConfidantIntakeInput>

export const Created = z.object({ id: z.string() }).meta({ id: 'Created' })
export type Created = z.infer<typeof Created>

/** The confidant's intake answer: what the resident is told, plus the case's id in the inbox. */
export const IntakeCreated = ConcernCreated.extend({ id: z.string().meta({ description: 'Id van de melding in de inbox.' }) }).meta({ id: 'IntakeCreated' })
export type IntakeCreated = z.infer<typeof IntakeCreated>

/** Partner websites of the user's municipalities, for the inbox's filter. */
export const InboxPartner = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS), municipalityId: z.string() })
  .meta({ id: 'InboxPartner' })
export const InboxPartnerList = z.object({ items: z.array(InboxPartner) }).meta({ id: 'InboxPartnerList' })
export type InboxPartnerList = z.infer<typeof InboxPartnerList>
