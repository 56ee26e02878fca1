import { KbAuditView } from './admin/kb-audit-view.component.js'
import { KbMunicipalitiesView } from './admin/kb-municipalities-view.component.js'
import { KbMunicipalityForm } from './admin/kb-municipality-form.component.js'
import { KbPartnerForm } from './admin/kb-partner-form.component.js'
import { KbPartnersView } from './admin/kb-partners-view.component.js'
import { KbPartnerKitView } from './admin/kb-partner-kit-view.component.js'
import { KbPublicationView } from './admin/kb-publication-view.component.js'
import { KbJobsView } from './admin/kb-jobs-view.component.js'
import { KbSetupLinkPanel } from './admin/kb-setup-link-panel.component.js'
import { KbUserForm } from './admin/kb-user-form.component.js'
import { KbUsersView } from './admin/kb-users-view.component.js'
import { KbAccountView } from './auth/kb-account-view.component.js'
import { KbCouncilView } from './auth/kb-council-view.component.js'
import { KbLoginView } from './auth/kb-login-view.component.js'
import { KbQrCode } from './auth/kb-qr-code.component.js'
import { KbSetupView } from './auth/kb-setup-view.component.js'
import { KbAssignForm } from './case/kb-assign-form.component.js'
import { KbCaseTimeline } from './case/kb-case-timeline.component.js'
import { KbCaseView } from './case/kb-case-view.component.js'
import { KbConsentForm } from './case/kb-consent-form.component.js'
import { KbContactForm } from './case/kb-contact-form.component.js'
import { KbMessageForm } from './case/kb-message-form.component.js'
import { KbNoteForm } from './case/kb-note-form.component.js'
import { KbStatusForm } from './case/kb-status-form.component.js'
import { KbTimeForm } from './case/kb-time-form.component.js'
import { KbCopyButton } from './common/kb-copy-button.component.js'
import { KbInboxFilters } from './concerns/kb-inbox-filters.component.js'
import { KbInboxTable } from './concerns/kb-inbox-table.component.js'
import { KbInboxView } from './concerns/kb-inbox-view.component.js'
import { KbIntakeView } from './intake/kb-intake-view.component.js'
import { KbPersonalDataNotice } from './personal-data/kb-personal-data-notice.component.js'
import { KbRecommendationForm } from './recommendations/kb-recommendation-form.component.js'
import { KbRecommendationUpdateForm } from './recommendations/kb-recommendation-update-form.component.js'
import { KbRecommendationsView } from './recommendations/kb-recommendations-view.component.js'
import { KbApp } from './shell/kb-app.component.js'
import { KbMessageView } from './shell/kb-message-view.component.js'
import { KbSiteHeader } from './shell/kb-site-header.component.js'
import { KbSignalForm } from './signals/kb-signal-form.component.js'
import { KbSignalUpdateForm } from './signals/kb-signal-update-form.component.js'
import { KbSignalsView } from './signals/kb-signals-view.component.js'

/** Every element of the inbox app by tag; the entry defines them all, children before the app that uses them. */
const ELEMENTS = {
  'kb-copy-button': KbCopyButton,
  'kb-qr-code': KbQrCode,
  'kb-personal-data-notice': KbPersonalDataNotice,
  'kb-message-view': KbMessageView,
  'kb-site-header': KbSiteHeader,
  'kb-login-view': KbLoginView,
  'kb-setup-view': KbSetupView,
  'kb-account-view': KbAccountView,
  'kb-council-view': KbCouncilView,
  'kb-inbox-filters': KbInboxFilters,
  'kb-inbox-table': KbInboxTable,
  'kb-inbox-view': KbInboxView,
  'kb-case-timeline': KbCaseTimeline,
  'kb-status-form': KbStatusForm,
  'kb-assign-form': KbAssignForm,
  'kb-note-form': KbNoteForm,
  'kb-contact-form': KbContactForm,
  'kb-time-form': KbTimeForm,
  'kb-consent-form': KbConsentForm,
  'kb-message-form': KbMessageForm,
  'kb-case-view': KbCaseView,
  'kb-intake-view': KbIntakeView,
  'kb-signal-form': KbSignalForm,
  'kb-signal-update-form': KbSignalUpdateForm,
  'kb-signals-view': KbSignalsView,
  'kb-recommendation-form': KbRecommendationForm,
  'kb-recommendation-update-form': KbRecommendationUpdateForm,
  'kb-recommendations-view': KbRecommendationsView,
  'kb-municipality-form': KbMunicipalityForm,
  'kb-municipalities-view': KbMunicipalitiesView,
  'kb-partner-form': KbPartnerForm,
  'kb-partners-view': KbPartnersView,
  'kb-partner-kit-view': KbPartnerKitView,
  'kb-user-form': KbUserForm,
  'kb-setup-link-panel': KbSetupLinkPanel,
  'kb-users-view': KbUsersView,
  'kb-audit-view': KbAuditView,
  'kb-publication-view': KbPublicationView,
  'kb-jobs-view': KbJobsView,
  'kb-app': KbApp,
} as const

type Elements = typeof ELEMENTS

// Loading the script twice must not throw on a duplicate definition.
for (const [tag, element] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element)

declare global {
  interface HTMLElementTagNameMap extends ElementInstances {}
}

type ElementInstances = { [Tag in keyof Elements]: InstanceType<Elements[Tag]> }
