import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
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
  STAFF_CHANNELS,
  SUPPORT_GIVEN,
  WISHES,
} from './vocabulary.js'

/** A flag in a query string: `true` or `false`. */
export const queryFlag = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value: 'true' | 'false') => value === 'true'),
)

/** Filters of the inbox list; all optional, combined with AND. */
export const InboxQuery = namedStrictObject('InboxQuery', {
  status: z.optional(z.enum(STATUSES)),
  domain: z.optional(z.enum(DOMAINS)),
  kind: z.optional(z.enum(KINDS)),
  partner: z.optional(singleLine({ trim: false }).check(z.maxLength(64))).register(z.globalRegistry, { description: 'Id van de partner.' }),
  assignee: z
    .optional(singleLine({ trim: false }).check(z.maxLength(64)))
    .register(z.globalRegistry, { description: 'Id van de vertrouwenspersoon, of `none` voor niet toegewezen.' }),
  overdue: z.optional(queryFlag).register(z.globalRegistry, { description: 'Alleen meldingen waarvan de termijn voor eerste contact verlopen is.' }),
  objectionSoon: z.optional(queryFlag).register(z.globalRegistry, { description: 'Alleen meldingen waarvan de bezwaartermijn binnen 14 dagen afloopt.' }),
  reference: z.optional(singleLine().check(z.maxLength(20))).register(z.globalRegistry, { description: 'Zoeken op (een deel van) het kenmerk.' }),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
})
export type InboxQuery = z.input<typeof InboxQuery>

export const Person = namedObject('Person', { id: z.string(), name: z.string() })
export type Person = z.infer<typeof Person>
export const PersonList = namedObject('PersonList', { items: z.array(Person) })
export type PersonList = z.infer<typeof PersonList>

/** One row in the inbox: codes, dates and deadlines, never what the resident wrote. */
export const InboxItem = namedObject('InboxItem', {
  id: z.string(),
  reference: z.string(),
  municipality: z.object({ id: z.string(), name: z.string() }),
  partner: z.nullable(z.object({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS) })),
  channel: z.enum(CHANNELS),
  domain: z.enum(DOMAINS),
  kinds: z.array(z.enum(KINDS)),
  wish: z.enum(WISHES),
  status: z.enum(STATUSES),
  contactMode: z.enum(CONTACT_MODES),
  onBehalfOf: z.boolean(),
  assignee: z.nullable(Person),
  createdAt: z.iso.datetime(),
  firstContactBy: z.iso.date(),
  firstContactAt: z.nullable(z.iso.datetime()),
  overdue: z.boolean().register(z.globalRegistry, { description: 'Geen eerste contact en de termijn is voorbij.' }),
  decisionDate: z.nullable(z.iso.date()),
  objectionDeadline: z.nullable(z.iso.date()).register(z.globalRegistry, { description: 'Laatste dag voor bezwaar (6 weken na het besluit).' }),
  unreadMessages: z.int().register(z.globalRegistry, { description: 'Berichten van de inwoner die nog niet gelezen zijn.' }),
  erased: z.boolean().register(z.globalRegistry, { description: 'Persoonsgegevens zijn gewist (bewaartermijn of verzoek van de inwoner).' }),
})
export type InboxItem = z.infer<typeof InboxItem>

export const InboxList = namedObject('InboxList', {
  items: z.array(InboxItem),
  total: z.int(),
  counts: z
    .record(z.enum(STATUSES), z.int())
    .register(z.globalRegistry, { description: 'Aantal meldingen per status (binnen de gemeenten van de gebruiker, zonder filters).' }),
  version: z.string().register(z.globalRegistry, { description: 'Verandert zodra er iets nieuws is; vergelijk met GET /inbox/version.' }),
})
export type InboxList = z.infer<typeof InboxList>

export const InboxVersion = namedObject('InboxVersion', { version: z.string() })
export type InboxVersion = z.infer<typeof InboxVersion>

/** The resident's contact details, decrypted for the confidant only. */
export const CaseContact = namedObject('CaseContact', {
  mode: z.enum(CONTACT_MODES),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  name: z.optional(z.string()),
  bestTime: z.optional(z.string()),
})

/** One entry on a case's timeline. Which fields are present depends on `type`. */
export const CaseEvent = namedObject('CaseEvent', {
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  at: z.iso.datetime(),
  actor: z.nullable(Person).register(z.globalRegistry, { description: 'Wie het deed; leeg voor de inwoner of het systeem.' }),
  from: z.optional(z.enum(STATUSES)),
  to: z.optional(z.enum(STATUSES)),
  text: z.optional(z.string()).register(z.globalRegistry, { description: 'Notitie, samenvatting of bericht.' }),
  contactKind: z.optional(z.enum(CONTACT_KINDS)),
  party: z.optional(z.enum(CONTACT_PARTIES)),
  organisation: z.optional(z.string()),
  organisationKind: z.optional(z.enum(ORGANISATION_KINDS)),
  consent: z.optional(z.boolean()),
  minutes: z.optional(z.int()),
  sender: z.optional(z.enum(['resident', 'confidant'])),
  assignee: z.optional(z.nullable(Person)),
})
export type CaseEvent = z.infer<typeof CaseEvent>

export const CaseDetail = namedObject('CaseDetail', {
  item: InboxItem,
  locale: z.enum(LOCALES),
  description: z.nullable(z.string()).register(z.globalRegistry, { description: 'Wat de inwoner schreef; leeg als het gewist is.' }),
  organisation: z.nullable(z.string()),
  contact: z.nullable(CaseContact),
  supportGiven: z.array(z.enum(SUPPORT_GIVEN)),
  outcome: z.nullable(z.enum(OUTCOMES)),
  closedAt: z.nullable(z.iso.datetime()),
  minutesSpent: z.int(),
  events: z.array(CaseEvent),
  mailConfigured: z.boolean().register(z.globalRegistry, { description: 'Of de inwoner per e-mail een seintje krijgt bij een nieuw bericht.' }),
})
export type CaseDetail = z.infer<typeof CaseDetail>

/** A status change. Closing needs the support given and the outcome. */
export const StatusChangeInput = namedStrictObject('StatusChangeInput', {
  status: z.enum(STATUSES),
  supportGiven: z.optional(z.array(z.enum(SUPPORT_GIVEN)).check(z.maxLength(SUPPORT_GIVEN.length))),
  outcome: z.optional(z.enum(OUTCOMES)),
})
export type StatusChangeInput = z.infer<typeof StatusChangeInput>

export const AssignInput = namedStrictObject('AssignInput', 'Wijs toe aan een vertrouwenspersoon, of `null` om los te laten.', {
  assigneeId: z.nullable(singleLine({ trim: false }).check(z.maxLength(64))),
})
export type AssignInput = z.infer<typeof AssignInput>

export const NoteInput = namedStrictObject('NoteInput', { text: multiLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.noteMax)) })
export type NoteInput = z.infer<typeof NoteInput>

const Minutes = z.int().check(z.minimum(0), z.maximum(INBOX_LIMITS.minutesMax))

/** A call, visit, e-mail or video call, with the resident or (mediation, with consent) with the organisation. */
export const ContactLogInput = namedStrictObject('ContactLogInput', {
  kind: z.enum(CONTACT_KINDS),
  party: z.enum(CONTACT_PARTIES),
  minutes: Minutes,
  summary: z.optional(multiLine().check(z.maxLength(INBOX_LIMITS.noteMax))),
  organisation: z.optional(singleLine().check(z.minLength(1), z.maxLength(200))),
  organisationKind: z.optional(z.enum(ORGANISATION_KINDS)),
  consent: z
    .optional(z.literal(true))
    .register(z.globalRegistry, { description: 'De inwoner gaf toestemming voor dit contact met de organisatie; verplicht bij `organisation`.' }),
})
export type ContactLogInput = z.infer<typeof ContactLogInput>

export const TimeLogInput = namedStrictObject('TimeLogInput', 'Bestede tijd die niet bij een contact hoort (bijvoorbeeld een brief schrijven).', {
  minutes: Minutes.check(z.minimum(1)),
  activity: z.optional(singleLine().check(z.maxLength(200))),
})
export type TimeLogInput = z.infer<typeof TimeLogInput>

export const ConsentInput = namedStrictObject('ConsentInput', 'De inwoner geeft toestemming om contact op te nemen met een organisatie.', {
  organisation: singleLine().check(z.minLength(1), z.maxLength(200)),
  organisationKind: z.enum(ORGANISATION_KINDS),
  how: z.enum(CONTACT_KINDS).register(z.globalRegistry, { description: 'Hoe de inwoner toestemming gaf.' }),
})
export type ConsentInput = z.infer<typeof ConsentInput>

export const MessageInput = namedStrictObject('MessageInput', { body: multiLine().check(z.minLength(1), z.maxLength(INBOX_LIMITS.messageMax)) })
export type MessageInput = z.infer<typeof MessageInput>

/** A concern taken by phone, at a walk-in hour, by e-mail or letter, or on the confidant's own initiative, entered by the confidant. */
export const ConfidantIntakeInput = z
  .extend(z.omit(ConcernInput, { partner: true, pow: true, website: true, consent: true }), {
    municipalityId: singleLine({ trim: false }).check(z.minLength(1), z.maxLength(64)),
    channel: z.enum(STAFF_CHANNELS),
    consent: z.literal(true).register(z.globalRegistry, { description: 'De inwoner stemt in met de privacyverklaring (mondeling is genoeg).' }),
  })
  .register(z.globalRegistry, { id: 'ConfidantIntakeInput' })
export type ConfidantIntakeInput = z.input<typeof ConfidantIntakeInput>

export const Created = namedObject('Created', { id: z.string() })
export type Created = z.infer<typeof Created>

/** The confidant's intake answer: what the resident is told, plus the case's id in the inbox. */
export const IntakeCreated = z
  .extend(ConcernCreated, { id: z.string().register(z.globalRegistry, { description: 'Id van de melding in de inbox.' }) })
  .register(z.globalRegistry, { id: 'IntakeCreated' })
export type IntakeCreated = z.infer<typeof IntakeCreated>

/** Partner websites of the user's municipalities, for the inbox's filter. */
export const InboxPartner = namedObject('InboxPartner', { id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS), municipalityId: z.string() })
export const InboxPartnerList = namedObject('InboxPartnerList', { items: z.array(InboxPartner) })
export type InboxPartnerList = z.infer<typeof InboxPartnerList>
