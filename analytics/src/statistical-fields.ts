/**
 * The only columns of a concern that may ever leave the store for analytics: codes and dates, never
 * free text, contact details, references or follow-up data. The pipeline (issue 4) extracts exactly these.
 */
export const STATISTICAL_FIELDS = [
  'municipality_id',
  'partner_id',
  'channel',
  'domain',
  'kinds',
  'wish',
  'on_behalf_of',
  'contact_mode',
  'locale',
  'status',
  'decision_date',
  'created_at',
  'first_contact_by',
] as const
export type StatisticalField = (typeof STATISTICAL_FIELDS)[number]

/** Fields that identify or describe a person; a test keeps them out of STATISTICAL_FIELDS. */
export const PERSONAL_FIELDS = ['reference', 'follow_up_hash', 'description_cipher', 'organisation_cipher', 'details_cipher'] as const
