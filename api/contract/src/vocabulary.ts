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

/** How a concern reached the confidant. */
export const CHANNELS = ['widget', 'phone', 'walk-in', 'email', 'letter'] as const
export type Channel = (typeof CHANNELS)[number]

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
