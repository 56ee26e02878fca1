import type { CaseDetail } from '@klankbord/contract'
import { CONTACT_KINDS, LIMITS, ORGANISATION_KINDS, type ContactKind, type OrganisationKind } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { choiceGroup, selectField, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Record that the resident agreed to the confidant contacting an organisation.
 *
 * @fires kb-case-changed - The consent was recorded.
 */
export class KbConsentForm extends KbCaseForm {
  protected readonly form = new FormController(this, 'consent')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const organisation = values.text('organisation')
    const organisationKind = values.text('organisationKind') as OrganisationKind | undefined
    const how = values.text('how') as ContactKind | undefined
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!organisation) errors.organisation = m.organisationMissing
      if (!organisationKind) errors.organisationKind = m.organisationKindMissing
      if (!how) errors.how = m.consentHowMissing
      return errors
    }
    return {
      check,
      send: () => api.recordConsent(detail.item.id, { organisation: organisation ?? '', organisationKind: organisationKind as OrganisationKind, how: how as ContactKind }),
      saved: t().consentSaved(organisation ?? ''),
    }
  }

  protected override renderIntro() {
    return html`<p class="hint">${t().consentIntro}</p>`
  }

  protected renderFields(detail: CaseDetail) {
    const m = t()
    return html`${textField({ form: this.form, name: 'organisation', label: m.organisation, value: detail.organisation ?? '', maxlength: LIMITS.organisationMax })}
    ${selectField({ form: this.form, name: 'organisationKind', label: m.organisationKind, placeholder: m.choose, options: ORGANISATION_KINDS.map((code) => ({ value: code, label: m.organisationKindLabels[code] })) })}
    ${choiceGroup({ form: this.form, type: 'radio', name: 'how', label: m.consentHow, inline: true, options: CONTACT_KINDS.map((code) => ({ value: code, label: m.contactKindLabels[code] })) })}`
  }

  protected submitLabel(): string {
    return t().saveConsent
  }
}
