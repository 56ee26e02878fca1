import type { CaseDetail } from '@klankbord/contract'
import { html, nothing, type PropertyDeclarations } from 'lit'
import { CaseChangedEvent } from '../events.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { submitButton } from '../forms/fields.js'
import type { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { KbElement } from '../kb-element.js'

/** What a case form sends: the checks before sending, the request, and what to announce once it succeeded. */
export type CaseAction = { check?: () => FieldErrors; send: () => Promise<unknown>; saved: string }

/**
 * Base of the forms among a case's actions. On success the form is emptied and the case view is told, which loads
 * the case again and announces what happened; on failure the form's error summary takes focus.
 *
 * @fires kb-case-changed - The action succeeded.
 */
export abstract class KbCaseForm extends KbElement {
  static override properties: PropertyDeclarations = { detail: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  protected abstract readonly form: FormController

  /** What to send for the values in the form. */
  protected abstract action(values: FormValues, detail: CaseDetail): CaseAction
  /** The fields between the error summary and the submit button. */
  protected abstract renderFields(detail: CaseDetail): unknown
  protected abstract submitLabel(detail: CaseDetail): string

  /** Text above the form. */
  protected renderIntro(_detail: CaseDetail): unknown {
    return nothing
  }

  /** Empties the form after saving; a form with state of its own resets that too. */
  protected reset(element: HTMLFormElement): void {
    element.reset()
  }

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const { check, send, saved } = this.action(new FormValues(element), detail)
    if (!(await this.form.submit(send, { check }))) return
    this.reset(element)
    this.dispatchEvent(new CaseChangedEvent(saved))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    return html`${this.renderIntro(detail)} ${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${this.renderFields(detail)} ${submitButton(this.form, this.submitLabel(detail))}
      </form>`
  }
}
