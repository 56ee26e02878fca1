import type { CaseDetail } from '@klankbord/contract'
import { CONTACT_KINDS, LIMITS, ORGANISATION_KINDS, type ContactKind, type OrganisationKind } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { choiceGroup, selectField, submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Record that the resident agreed to the confidant contacting an organisation.
 *
 * @fires kb-case-changed - The consent was recorded.
 */
export class KbConsentForm extends KbElement {
  static override properties = { detail: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  private readonly form = new FormController(this, 'consent')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
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
    const ok = await this.form.submit(
      () => api.recordConsent(detail.item.id, { organisation: organisation ?? '', organisationKind: organisationKind as OrganisationKind, how: how as ContactKind }).then(() => undefined),
      { check },
    )
    if (!ok) return
    element.reset()
    this.dispatchEvent(new CaseChangedEvent(t().consentSaved(organisation ?? '')))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    return html`<p class="hint">${m.consentIntro}</p>
      ${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${textField({ form: this.form, name: 'organisation', label: m.organisation, value: detail.organisation ?? '', maxlength: LIMITS.organisationMax })}
        ${selectField({ form: this.form, name: 'organisationKind', label: m.organisationKind, placeholder: m.choose, options: ORGANISATION_KINDS.map((code) => ({ value: code, label: m.organisationKindLabels[code] })) })}
        ${choiceGroup({ form: this.form, type: 'radio', name: 'how', label: m.consentHow, inline: true, options: CONTACT_KINDS.map((code) => ({ value: code, label: m.contactKindLabels[code] })) })}
        ${submitButton(this.form, m.saveConsent)}
      </form>`
  }
}
