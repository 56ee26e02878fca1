import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { SavedEvent } from '../events.js'
import { selectField, submitButton, type Option } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { PublishableTextController, type SentTexts } from './publishable-text.controller.js'

/** A published text that the municipality answers: it moves through statuses and gets the municipality's response. */
export type Answerable<Status extends string> = { id: string; status: Status; response: string | null }

/** What the update form sends. */
export type AnswerUpdate<Status extends string> = { status?: Status; response: string; acceptPersonalDataWarning?: true }

/**
 * Base of the forms that record what the municipality did with a published text: its status and the response,
 * which is published too. Several of these forms share a page, so element ids carry the record's id.
 *
 * @fires kb-saved - The record was updated.
 */
export abstract class KbPublishableUpdateForm<Item extends Answerable<Status>, Status extends string> extends KbElement {
  /** What kind of record this is, to start its element ids with (`signal`). */
  protected abstract readonly kind: string
  protected readonly form = new FormController(this, () => `${this.kind}-${this.item?.id ?? ''}`)
  protected readonly publishable = new PublishableTextController(this, this.form)

  /** The record to update. */
  protected abstract get item(): Item | null
  protected abstract statusOptions(): readonly Option[]
  protected abstract responseHint(): string
  protected abstract send(item: Item, update: AnswerUpdate<Status>): Promise<unknown>
  /** The texts the server checks: the response and the record's own. */
  protected abstract sent(item: Item, response: string): SentTexts
  /** What to announce once saved. */
  protected abstract saved(item: Item): string

  private async onSubmit(event: SubmitEvent, item: Item): Promise<void> {
    event.preventDefault()
    const values = new FormValues(submittedForm(event))
    const status = values.text('status') as Status | undefined
    const response = values.text('response') ?? ''
    const update: AnswerUpdate<Status> = { ...(status ? { status } : {}), response, ...(this.publishable.accepted(values) ? { acceptPersonalDataWarning: true } : {}) }
    if (await this.publishable.submit(() => this.send(item, update), this.sent(item, response))) this.dispatchEvent(new SavedEvent(this.saved(item)))
  }

  protected override render() {
    const item = this.item
    if (!item) return nothing
    const m = t()
    return html`${this.form.renderSummary()} ${this.publishable.renderRefusal()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, item)}>
        ${selectField({ form: this.form, name: 'status', label: m.colStatus, value: item.status, options: this.statusOptions() })}
        ${this.publishable.renderText({ name: 'response', label: m.response, hint: this.responseHint(), optional: true, value: item.response ?? '', maxlength: INBOX_LIMITS.responseMax, rows: 4 })}
        ${this.publishable.renderAccept()} ${submitButton(this.form, m.save)}
      </form>`
  }
}
