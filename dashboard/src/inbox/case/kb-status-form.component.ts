import type { CaseDetail } from '@klankbord/contract'
import { OUTCOMES, STATUS_TRANSITIONS, SUPPORT_GIVEN, type Outcome, type Status, type SupportGiven } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { choiceGroup } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { outcomeLabel, statusLabel, supportLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Change the status; closing asks for the support given and the outcome, a closed case can be reopened.
 *
 * @fires kb-case-changed - The status changed.
 */
export class KbStatusForm extends KbCaseForm {
  static override properties = { target: { state: true } }

  target: Status | '' = ''
  protected readonly form = new FormController(this, 'status')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
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
    return {
      check,
      send: () => api.changeStatus(detail.item.id, status === 'closed' ? { status, supportGiven, outcome } : { status: status as Status }),
      saved: reopening ? t().reopened : t().statusChanged(statusLabel(status as Status)),
    }
  }

  protected override reset(element: HTMLFormElement): void {
    super.reset(element)
    this.target = ''
  }

  protected renderFields(detail: CaseDetail) {
    const m = t()
    if (detail.item.status === 'closed') return html`<p>${m.reopenText}</p>`
    return html`${choiceGroup({
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
        : nothing}`
  }

  protected submitLabel(detail: CaseDetail): string {
    return detail.item.status === 'closed' ? t().reopen : t().saveStatus
  }
}
