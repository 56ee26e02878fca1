import type { CaseDetail, Person } from '@klankbord/contract'
import { api } from '../api/inbox-api.js'
import { selectField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Assign the case to a confidant of the same municipality, or let it go.
 *
 * @fires kb-case-changed - The assignment changed.
 */
export class KbAssignForm extends KbCaseForm {
  static override properties = { confidants: { attribute: false } }

  /** **confidants**, who the case can be assigned to. */
  confidants: readonly Person[] = []
  protected readonly form = new FormController(this, 'assign')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const assigneeId = values.text('assigneeId') ?? null
    const name = this.confidants.find((person) => person.id === assigneeId)?.name
    return { send: () => api.assign(detail.item.id, { assigneeId }), saved: name ? t().assignedTo(name) : t().unassigned }
  }

  /** The choice stays as made: the case, loaded again, shows the same assignee. */
  protected override reset(): void {}

  protected renderFields(detail: CaseDetail) {
    const m = t()
    return selectField({
      form: this.form,
      name: 'assigneeId',
      label: m.assignTo,
      value: detail.item.assignee?.id ?? '',
      options: [{ value: '', label: m.nobodyRelease }, ...this.confidants.map((person) => ({ value: person.id, label: person.name }))],
    })
  }

  protected submitLabel(): string {
    return t().assign
  }
}
