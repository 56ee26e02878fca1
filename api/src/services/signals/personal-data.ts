/** The Dutch personal-data detector of the analytics package; signals feed the annual report, so they are checked before they are stored. */
export { findPersonalData } from '@klankbord/analytics/redaction'
