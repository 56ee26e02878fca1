import type { CaseDetail, ContactLogInput } from '@klankbord/contract'
import { CONTACT_KINDS, CONTACT_PARTIES, INBOX_LIMITS, LIMITS, ORGANISATION_KINDS, type ContactKind, type ContactParty, type OrganisationKind } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { checkbox, choiceGroup, selectField, textArea, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Log a call, visit, e-mail or video call with the resident, or with the organisation (mediation) with the resident's consent.
 *
 * @fires kb-case-changed - The contact was logged.
 */
export class KbContactForm extends KbCaseForm {
  static override properties = { party: { state: true } }

  party: ContactParty = 'resident'
  protected readonly form = new FormController(this, 'contact')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const kind = values.text('kind') as ContactKind | undefined
    const party = values.text('party') as ContactParty | undefined
    const minutes = values.integer('minutes')
    const summary = values.text('summary')
    const organisation = values.text('organisation')
    const organisationKind = values.text('organisationKind') as OrganisationKind | undefined
    const consent = values.checked('consent')
    const withOrganisation = party === 'organisation'
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!kind) errors.kind = m.contactKindMissing
      if (!party) errors.party = m.contactPartyMissing
      if (minutes === undefined || !Number.isInteger(minutes) || minutes < 0 || minutes > INBOX_LIMITS.minutesMax) errors.minutes = m.minutesInvalid(0, INBOX_LIMITS.minutesMax)
      if (withOrganisation && !organisation) errors.organisation = m.organisationMissing
      if (withOrganisation && !organisationKind) errors.organisationKind = m.organisationKindMissing
      if (withOrganisation && !consent) errors.consent = m.consentMissing
      return errors
    }
    const input = (): ContactLogInput => ({
      kind: kind as ContactKind,
      party: party as ContactParty,
      minutes: minutes ?? 0,
      ...(summary ? { summary } : {}),
      ...(withOrganisation ? { organisation, organisationKind, consent: true as const } : {}),
    })
    return { check, send: () => api.logContact(detail.item.id, input()), saved: t().contactSaved }
  }

  protected override reset(element: HTMLFormElement): void {
    super.reset(element)
    this.party = 'resident'
  }

  protected renderFields(detail: CaseDetail) {
    const m = t()
    return html`${choiceGroup({ form: this.form, type: 'radio', name: 'kind', label: m.contactKind, inline: true, options: CONTACT_KINDS.map((code) => ({ value: code, label: m.contactKindLabels[code] })) })}
      ${choiceGroup({
        form: this.form,
        type: 'radio',
        name: 'party',
        label: m.contactParty,
        values: [this.party],
        options: CONTACT_PARTIES.map((code) => ({ value: code, label: m.contactPartyLabels[code] })),
        onChange: (event) => (this.party = (event.target as HTMLInputElement).value as ContactParty),
      })}
      ${this.party === 'organisation'
        ? html`<div class="conditional">
            ${textField({ form: this.form, name: 'organisation', label: m.organisation, value: detail.organisation ?? '', maxlength: LIMITS.organisationMax })}
            ${selectField({ form: this.form, name: 'organisationKind', label: m.organisationKind, placeholder: m.choose, options: ORGANISATION_KINDS.map((code) => ({ value: code, label: m.organisationKindLabels[code] })) })}
            ${checkbox({ form: this.form, name: 'consent', label: m.contactConsent, hint: m.contactConsentHint })}
          </div>`
        : nothing}
      ${textField({ form: this.form, name: 'minutes', label: m.minutes, type: 'number', inputmode: 'numeric', min: 0, max: INBOX_LIMITS.minutesMax, width: 'short' })}
      ${textArea({ form: this.form, name: 'summary', label: m.contactSummary, hint: m.noteHint, optional: true, maxlength: INBOX_LIMITS.noteMax, rows: 3 })}`
  }

  protected submitLabel(): string {
    return t().saveContact
  }
}
