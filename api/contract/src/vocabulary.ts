/** The codes from the product brief. The wire and the database use these; labels are translated elsewhere. */

/** Domain of the social domain a concern is about. */
export const DOMAINS = ['wmo', 'youth', 'income', 'debt', 'school-transport', 'shelter', 'benefits-recovery', 'other'] as const
export type Domain = (typeof DOMAINS)[number]

/** Kind of dissatisfaction: the council motion's five, plus other. Several may apply. */
export const KINDS = ['decision-process', 'agreements', 'information', 'treatment', 'wrong-information', 'other'] as const
export type Kind = (typeof KINDS)[number]

/** What the resident hopes the confidant will do. */
export const WISHES = ['listen', 'support', 'mediation', 'unsure'] as const
export type Wish = (typeof WISHES)[number]

/** Support the confidant gave. */
export const SUPPORT_GIVEN = ['listening', 'advice', 'practical', 'mediation', 'referral'] as const
export type SupportGiven = (typeof SUPPORT_GIVEN)[number]

/** How a concern ended. */
export const OUTCOMES = ['resolved', 'partly-resolved', 'formal-complaint', 'objection', 'withdrawn', 'not-resolved'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Where a concern is in the confidant's workflow. */
export const STATUSES = ['new', 'in-progress', 'waiting-resident', 'waiting-organisation', 'closed'] as const
export type Status = (typeof STATUSES)[number]

/** The kind of organisation that embeds the widget. */
export const PARTNER_KINDS = ['municipality', 'care-provider', 'neighbourhood-team', 'other'] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** How the resident wants to be reached. */
export const CONTACT_MODES = ['none', 'email', 'phone'] as const
export type ContactMode = (typeof CONTACT_MODES)[number]

/** Languages the resident can use. */
export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** The resident's languages (widget, /meld, /volg) in the order of the language switch, each named in itself. */
export const RESIDENT_LANGUAGE_NAMES = { nl: 'Nederlands', en: 'English', pl: 'Polski', tr: 'Türkçe', ar: 'العربية', uk: 'Українська' } as const
export type ResidentLocale = keyof typeof RESIDENT_LANGUAGE_NAMES

/** The tag for dates and times (`Intl`) in each resident language; Arabic keeps Latin digits, as in references and codes. */
export const RESIDENT_INTL_TAGS: Record<ResidentLocale, string> = { nl: 'nl-NL', en: 'en-GB', pl: 'pl-PL', tr: 'tr-TR', ar: 'ar-u-nu-latn', uk: 'uk-UA' }

/** How a concern reached the confidant: the widget in the page or behind its button, /meld (also from a poster's QR code), or the confidant. */
export const CHANNELS = ['widget-inline', 'widget-launcher', 'no-script', 'poster', 'phone', 'walk-in', 'email', 'letter', 'own'] as const
export type Channel = (typeof CHANNELS)[number]

/** The channels a resident's own request names: the widget says how it is shown, /meld says whether a poster led there. */
export const RESIDENT_CHANNELS = ['widget-inline', 'widget-launcher', 'no-script', 'poster'] as const satisfies readonly Channel[]
export type ResidentChannel = (typeof RESIDENT_CHANNELS)[number]

/** The channels of a concern the confidant enters: a call, a walk-in hour, an e-mail, a letter, or what the confidant noticed on their own. */
export const STAFF_CHANNELS = ['phone', 'walk-in', 'email', 'letter', 'own'] as const satisfies readonly Channel[]
export type StaffChannel = (typeof STAFF_CHANNELS)[number]

/** Limits shared by the widget and the API so both count the same way. */
export const LIMITS = {
  descriptionMax: 5000,
  organisationMax: 200,
  nameMax: 120,
  bestTimeMax: 120,
  emailMax: 254,
  partnerKeyMax: 64,
  bodyBytesMax: 32 * 1024,
} as const

/** Working days within which the confidant makes first contact, unless a municipality sets another number. */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS = 2

/** Weeks a resident has to lodge a formal objection against a decision (Awb 6:7). */
export const OBJECTION_TERM_WEEKS = 6

/**
 * Where a resident takes a complaint the municipality has handled, unless the municipality has its own ombudsman
 * (Wet Nationale ombudsman, art. 1a).
 */
export const NATIONAL_OMBUDSMAN = { name: 'Nationale ombudsman', url: 'https://www.nationaleombudsman.nl/' } as const

/** Who may use the inbox, the admin screens or only the dashboard. */
export const ROLES = ['confidant', 'administrator', 'council'] as const
export type Role = (typeof ROLES)[number]

/** How the confidant was in contact with someone about a case. */
export const CONTACT_KINDS = ['phone', 'visit', 'email', 'video'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]

/** With whom a logged contact was: the resident, or the organisation involved (mediation). */
export const CONTACT_PARTIES = ['resident', 'organisation'] as const
export type ContactParty = (typeof CONTACT_PARTIES)[number]

/** Kinds of organisation a confidant mediates with. */
export const ORGANISATION_KINDS = ['municipal-team', 'care-provider', 'other'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

/** What can appear on a case's timeline. */
export const EVENT_TYPES = ['created', 'status', 'reopened', 'assigned', 'note', 'contact', 'time', 'consent', 'message', 'erased'] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** A signal's way from the confidant to an improvement by the municipality. */
export const SIGNAL_STATUSES = ['new', 'shared', 'answered', 'improved'] as const
export type SignalStatus = (typeof SIGNAL_STATUSES)[number]

/** What became of a recommendation in the confidant's annual report; reported again the next year. */
export const RECOMMENDATION_STATUSES = ['open', 'adopted', 'in-progress', 'done', 'declined'] as const
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number]

/** Limits of what confidants type in the inbox. */
export const INBOX_LIMITS = {
  noteMax: 5000,
  messageMax: 5000,
  themeMax: 120,
  signalTextMax: 2000,
  responseMax: 4000,
  minutesMax: 24 * 60,
  passwordMin: 12,
  passwordMax: 256,
} as const

/** Sessions end after this much inactivity, and after this long in any case. */
export const SESSION_IDLE_MINUTES = 30
export const SESSION_ABSOLUTE_HOURS = 10

/** The follow-up code alphabet: no 0/O, 1/I/L, so it can be read aloud and typed without mix-ups. Here, beside the codes, so the widget gets them without zod. */
export const FOLLOW_UP_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const FOLLOW_UP_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}(?:-[2-9A-HJKMNP-Z]{4}){3}$/
/** A partner's public key, as in the embed code: lower-case letters, digits and hyphens. */
export const PARTNER_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/
export const REFERENCE_PATTERN = /^KB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/

/** The confidant's workflow: forward from new, between working states, to closed; a closed case can only be reopened. */
export const STATUS_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  new: ['in-progress', 'waiting-resident', 'waiting-organisation', 'closed'],
  'in-progress': ['waiting-resident', 'waiting-organisation', 'closed'],
  'waiting-resident': ['in-progress', 'waiting-organisation', 'closed'],
  'waiting-organisation': ['in-progress', 'waiting-resident', 'closed'],
  closed: ['in-progress'],
}
