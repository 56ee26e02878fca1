import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { formatMinutes } from '../format/dates.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Log time spent that belongs to no contact, such as writing a letter.
 *
 * @fires kb-case-changed - The time was logged.
 */
export class KbTimeForm extends KbElement {
  static override properties = { detail: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  private readonly form = new FormController(this, 'time')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const minutes = values.integer('minutes')
    const activity = values.text('activity')
    const check = (): FieldErrors =>
      minutes === undefined || !Number.isInteger(minutes) || minutes < 1 || minutes > INBOX_LIMITS.minutesMax ? { minutes: t().minutesInvalid(1, INBOX_LIMITS.minutesMax) } : {}
    const ok = await this.form.submit(() => api.logTime(detail.item.id, { minutes: minutes ?? 0, ...(activity ? { activity } : {}) }).then(() => undefined), { check })
    if (!ok) return
    element.reset()
    this.dispatchEvent(new CaseChangedEvent(t().timeSaved(formatMinutes(minutes ?? 0, locale()))))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    return html`${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${textField({ form: this.form, name: 'minutes', label: m.minutes, type: 'number', inputmode: 'numeric', min: 1, max: INBOX_LIMITS.minutesMax, width: 'short' })}
        ${textField({ form: this.form, name: 'activity', label: m.activity, hint: m.activityHint, optional: true, maxlength: 200 })}
        ${submitButton(this.form, m.saveTime)}
      </form>`
  }
}
