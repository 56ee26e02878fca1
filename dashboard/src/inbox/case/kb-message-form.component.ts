import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { textArea } from '../forms/fields.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'
import { notificationText } from './notification-text.js'

/**
 * Send a message the resident reads with reference and follow-up code.
 *
 * @fires kb-case-changed - The message was sent.
 */
export class KbMessageForm extends KbCaseForm {
  protected readonly form = new FormController(this, 'message')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const body = values.text('body')
    return { check: (): FieldErrors => (body ? {} : { body: t().messageMissing }), send: () => api.sendMessage(detail.item.id, { body: body ?? '' }), saved: t().messageSent }
  }

  protected override render() {
    if (this.detail?.item.erased) return html`<p>${t().messageErased}</p>`
    return super.render()
  }

  protected override renderIntro(detail: CaseDetail) {
    return html`<p class="notice">${notificationText(detail, t())}</p>`
  }

  protected renderFields() {
    const m = t()
    return textArea({ form: this.form, name: 'body', label: m.message, hint: m.messageHint, maxlength: INBOX_LIMITS.messageMax, rows: 5 })
  }

  protected submitLabel(): string {
    return t().sendMessage
  }
}
