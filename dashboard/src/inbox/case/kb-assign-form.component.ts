import type { CaseDetail, Person } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { selectField, submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Assign the case to a confidant of the same municipality, or let it go.
 *
 * @fires kb-case-changed - The assignment changed.
 */
export class KbAssignForm extends KbElement {
  static override properties = { detail: { attribute: false }, confidants: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  /** **confidants**, who the case can be assigned to. */
  confidants: readonly Person[] = []
  private readonly form = new FormController(this, 'assign')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const assigneeId = new FormValues(submittedForm(event)).text('assigneeId') ?? null
    const ok = await this.form.submit(() => api.assign(detail.item.id, { assigneeId }))
    if (!ok) return
    const name = this.confidants.find((person) => person.id === assigneeId)?.name
    this.dispatchEvent(new CaseChangedEvent(name ? t().assignedTo(name) : t().unassigned))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    return html`${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${selectField({
          form: this.form,
          name: 'assigneeId',
          label: m.assignTo,
          value: detail.item.assignee?.id ?? '',
          options: [{ value: '', label: m.nobodyRelease }, ...this.confidants.map((person) => ({ value: person.id, label: person.name }))],
        })}
        ${submitButton(this.form, m.assign)}
      </form>`
  }
}
