import type { Municipality, MunicipalityInput } from '@klankbord/contract'
import { isSafeLink } from '@klankbord/contract/links'
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { submitButton, textArea, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Add a municipality, or change one: name, retention and the details residents see in the widget.
 *
 * @fires kb-saved - The municipality was saved.
 * @fires kb-cancel - Editing was cancelled.
 */
export class KbMunicipalityForm extends KbElement {
  static override properties = { municipality: { attribute: false } }

  /** **municipality**, the one to change; null to add a new one. */
  municipality: Municipality | null = null
  private readonly form = new FormController(this, () => `municipality-${this.municipality?.id ?? 'new'}`)

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const retentionMonths = values.integer('retentionMonths')
    const firstContactWorkingDays = values.integer('settings.firstContactWorkingDays')
    const complaintProcedureUrl = values.text('settings.complaintProcedureUrl')
    const ombudsmanName = values.text('settings.ombudsman.name')
    const ombudsmanUrl = values.text('settings.ombudsman.url')
    const input: MunicipalityInput = {
      name: values.text('name') ?? '',
      retentionMonths: retentionMonths ?? Number.NaN,
      settings: {
        confidantName: values.text('settings.confidantName') ?? '',
        confidantPhone: values.text('settings.confidantPhone') ?? '',
        walkInHours: values.text('settings.walkInHours') ?? '',
        privacyStatementUrl: values.text('settings.privacyStatementUrl') ?? '',
        firstContactWorkingDays: firstContactWorkingDays ?? Number.NaN,
        ...(complaintProcedureUrl ? { complaintProcedureUrl } : {}),
        // Both empty: the National Ombudsman. One of the two: the check below asks for the other.
        ...(ombudsmanName || ombudsmanUrl ? { ombudsman: { name: ombudsmanName ?? '', url: ombudsmanUrl ?? '' } } : {}),
      },
    }
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!input.name) errors.name = m.nameMissing
      if (!Number.isInteger(input.retentionMonths) || input.retentionMonths < 1 || input.retentionMonths > 120) errors.retentionMonths = m.numberBetween(1, 120)
      if (!input.settings.confidantName) errors['settings.confidantName'] = m.nameMissing
      if (!input.settings.confidantPhone) errors['settings.confidantPhone'] = m.phoneMissing
      if (!isSafeLink(input.settings.privacyStatementUrl)) errors['settings.privacyStatementUrl'] = m.urlInvalid
      const days = input.settings.firstContactWorkingDays
      if (!Number.isInteger(days) || days < 1 || days > 20) errors['settings.firstContactWorkingDays'] = m.numberBetween(1, 20)
      if (complaintProcedureUrl && !isSafeLink(complaintProcedureUrl)) errors['settings.complaintProcedureUrl'] = m.urlInvalid
      const ombudsman = input.settings.ombudsman
      if (ombudsman && !ombudsman.name) errors['settings.ombudsman.name'] = m.ombudsmanNameMissing
      if (ombudsman && !isSafeLink(ombudsman.url)) errors['settings.ombudsman.url'] = m.urlInvalid
      return errors
    }
    const existing = this.municipality
    const ok = await this.form.submit(() => (existing ? api.updateMunicipality(existing.id, input) : api.createMunicipality(input)).then(() => undefined), { check })
    if (!ok) return
    if (!existing) element.reset()
    this.dispatchEvent(new SavedEvent(t().municipalitySaved(input.name)))
  }

  protected override render() {
    const m = t()
    const current = this.municipality
    const settings = current?.settings
    return html`${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${textField({ form: this.form, name: 'name', label: m.name, value: current?.name ?? '', maxlength: 120 })}
        ${textField({ form: this.form, name: 'retentionMonths', label: m.retentionMonths, hint: m.retentionHint, type: 'number', inputmode: 'numeric', min: 1, max: 120, value: String(current?.retentionMonths ?? 24), width: 'short' })}
        <fieldset class="fieldset">
          <legend class="field__label">${m.municipalitySettings}</legend>
          ${textField({ form: this.form, name: 'settings.confidantName', label: m.confidantName, hint: m.confidantNameHint, value: settings?.confidantName ?? '', maxlength: 120 })}
          ${textField({ form: this.form, name: 'settings.confidantPhone', label: m.confidantPhone, type: 'tel', value: settings?.confidantPhone ?? '', maxlength: 40, width: 'medium' })}
          ${textArea({ form: this.form, name: 'settings.walkInHours', label: m.walkInHours, hint: m.walkInHoursHint, optional: true, value: settings?.walkInHours ?? '', maxlength: 300, rows: 3 })}
          ${textField({ form: this.form, name: 'settings.privacyStatementUrl', label: m.privacyStatementUrl, type: 'url', value: settings?.privacyStatementUrl ?? '', hint: m.urlHint })}
          ${textField({
            form: this.form,
            name: 'settings.firstContactWorkingDays',
            label: m.firstContactWorkingDays,
            hint: m.firstContactWorkingDaysHint,
            type: 'number',
            inputmode: 'numeric',
            min: 1,
            max: 20,
            value: String(settings?.firstContactWorkingDays ?? DEFAULT_FIRST_CONTACT_WORKING_DAYS),
            width: 'short',
          })}
        </fieldset>
        <fieldset class="fieldset">
          <legend class="field__label">${m.nextStepsSettings}</legend>
          <p class="hint">${m.nextStepsSettingsHint}</p>
          ${textField({ form: this.form, name: 'settings.complaintProcedureUrl', label: m.complaintProcedureUrl, type: 'url', optional: true, value: settings?.complaintProcedureUrl ?? '', hint: m.urlHint })}
          ${textField({ form: this.form, name: 'settings.ombudsman.name', label: m.ombudsmanName, hint: m.ombudsmanNameHint, optional: true, value: settings?.ombudsman?.name ?? '', maxlength: 120 })}
          ${textField({ form: this.form, name: 'settings.ombudsman.url', label: m.ombudsmanUrl, type: 'url', optional: true, value: settings?.ombudsman?.url ?? '', hint: m.urlHint })}
        </fieldset>
        <div class="actions">
          ${submitButton(this.form, current ? m.saveChanges : m.addMunicipality)}
          ${current ? html`<button class="button button--secondary" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${m.cancel}</button>` : ''}
        </div>
      </form>`
  }
}
