import {
  CONTACT_MODE_LABELS,
  DOMAIN_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  PARTNER_KIND_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  STATUS_LABELS,
  SUPPORT_LABELS,
  WISH_LABELS,
} from '@klankbord/contract/labels'
import type { ContactMode, Domain, Kind, Outcome, PartnerKind, RecommendationStatus, Status, SupportGiven, Wish } from '@klankbord/contract/vocabulary'
import { locale, t } from './locale.js'

/** Labels for codes: the contract's where it has them, the inbox catalogue for the codes only staff see. */
export const domainLabel = (code: Domain) => DOMAIN_LABELS[locale()][code]
export const kindLabel = (code: Kind) => KIND_LABELS[locale()][code]
export const wishLabel = (code: Wish) => WISH_LABELS[locale()][code]
export const supportLabel = (code: SupportGiven) => SUPPORT_LABELS[locale()][code]
export const outcomeLabel = (code: Outcome) => OUTCOME_LABELS[locale()][code]
export const partnerKindLabel = (code: PartnerKind) => PARTNER_KIND_LABELS[locale()][code]
export const recommendationStatusLabel = (code: RecommendationStatus) => RECOMMENDATION_STATUS_LABELS[locale()][code]

/** The contract's status labels speak to the resident ("Wacht op u"); the confidant waits for the resident. */
export const statusLabel = (code: Status) => (code === 'waiting-resident' ? t().statusWaitingResident : STATUS_LABELS[locale()][code])

/** Likewise "Ik blijf anoniem" is the resident's voice; the confidant reads that the resident is anonymous. */
export const contactModeLabel = (code: ContactMode) => (code === 'none' ? t().contactModeAnonymous : CONTACT_MODE_LABELS[locale()][code])
