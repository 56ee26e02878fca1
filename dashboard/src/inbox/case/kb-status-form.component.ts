import type { CaseDetail } from '@klankbord/contract'
import { OUTCOMES, STATUS_TRANSITIONS, SUPPORT_GIVEN, type Outcome, type Status, type SupportGiven } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { choiceGroup, submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { outcomeLabel, statusLabel, supportLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Change the status; closing asks for the support given and the outcome, a closed case can be reopened.
 *
 * @fires kb-case-changed - The status changed.
 */
export class KbStatusForm extends KbElement {
  static override properties = { detail: { attribute: false }, target: { state: true } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  target: Status | '' = ''
  private readonly form = new FormController(this, 'status')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const reopening = detail.item.status === 'closed'
    // The workflow lets a closed case go one way only (reopened), so there is nothing to choose.
    const status = (reopening ? STATUS_TRANSITIONS.closed[0] : values.text('status')) as Status | undefined
    const supportGiven = values.texts('supportGiven') as SupportGiven[]
    const outcome = values.text('outcome') as Outcome | undefined
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!status) errors.status = m.statusMissing
      if (status === 'closed' && supportGiven.length === 0) errors.supportGiven = m.supportMissing
      if (status === 'closed' && !outcome) errors.outcome = m.outcomeMissing
      return errors
    }
    const ok = await this.form.submit(
      () => api.changeStatus(detail.item.id, status === 'closed' ? { status, supportGiven, outcome } : { status: status as Status }),
      { check },
    )
    if (!ok) return
    element.reset()
    this.target = ''
    this.dispatchEvent(new CaseChangedEvent(reopening ? t().reopened : t().statusChanged(statusLabel(status as Status))))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    const closed = detail.item.status === 'closed'
    return html`${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${closed
          ? html`<p>${m.reopenText}</p>`
          : html`${choiceGroup({
              form: this.form,
              type: 'radio',
              name: 'status',
              label: m.newStatus,
              hint: m.currentStatus(statusLabel(detail.item.status)),
              options: STATUS_TRANSITIONS[detail.item.status].map((code) => ({ value: code, label: statusLabel(code) })),
              onChange: (event) => (this.target = (event.target as HTMLInputElement).value as Status),
            })}
            ${this.target === 'closed'
              ? html`${choiceGroup({
                  form: this.form,
                  type: 'checkbox',
                  name: 'supportGiven',
                  label: m.supportGiven,
                  hint: m.supportHint,
                  options: SUPPORT_GIVEN.map((code) => ({ value: code, label: supportLabel(code) })),
                })}
                ${choiceGroup({ form: this.form, type: 'radio', name: 'outcome', label: m.outcome, options: OUTCOMES.map((code) => ({ value: code, label: outcomeLabel(code) })) })}`
              : nothing}`}
        ${submitButton(this.form, closed ? m.reopen : m.saveStatus)}
      </form>`
  }
}
