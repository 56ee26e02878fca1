import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { submitButton, textArea } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { notificationText } from './notification-text.js'

/**
 * Send a message the resident reads with reference and follow-up code.
 *
 * @fires kb-case-changed - The message was sent.
 */
export class KbMessageForm extends KbElement {
  static override properties = { detail: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  private readonly form = new FormController(this, 'message')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const body = new FormValues(element).text('body')
    const ok = await this.form.submit(() => api.sendMessage(detail.item.id, { body: body ?? '' }).then(() => undefined), {
      check: (): FieldErrors => (body ? {} : { body: t().messageMissing }),
    })
    if (!ok) return
    element.reset()
    this.dispatchEvent(new CaseChangedEvent(t().messageSent))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    if (detail.item.erased) return html`<p>${m.messageErased}</p>`
    return html`<p class="notice">${notificationText(detail, m)}</p>
      ${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${textArea({ form: this.form, name: 'body', label: m.message, hint: m.messageHint, maxlength: INBOX_LIMITS.messageMax, rows: 5 })}
        ${submitButton(this.form, m.sendMessage)}
      </form>`
  }
}
