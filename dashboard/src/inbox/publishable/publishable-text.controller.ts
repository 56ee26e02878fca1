import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit'
import { focusAfterUpdate } from '../common/focus.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { checkbox, textArea, type TextAreaOptions } from '../forms/fields.js'
import type { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { PersonalDataCheckController } from '../personal-data/personal-data-check.controller.js'
import { suspectedTexts, type Field, type SuspectedTexts } from './suspected-texts.js'

const ACCEPT = 'acceptPersonalDataWarning'

/** The texts a request sends that the server checks for personal data, by field. */
export type SentTexts = Partial<Record<Field, string>>

/**
 * The texts of a form that get published (signals, recommendations, the municipality's responses). The server refuses
 * to save text that looks like personal data; the refusal shows what it found, with focus on it, and the confidant may
 * save anyway after review. With `live`, the main text is also checked while typing.
 */
export class PublishableTextController implements ReactiveController {
  suspected: SuspectedTexts = []
  private readonly live: PersonalDataCheckController | undefined

  constructor(
    private readonly host: LitElement,
    private readonly form: FormController,
    options: { live?: boolean } = {},
  ) {
    host.addController(this)
    this.live = options.live ? new PersonalDataCheckController(host) : undefined
  }

  hostConnected(): void {}

  private get refusalId(): string {
    return `${this.form.prefix}-suspected`
  }

  /** Whether the confidant accepted the warning after a refusal; without one there is nothing to accept. */
  accepted(values: FormValues): boolean {
    return values.checked(ACCEPT) && this.suspected.length > 0
  }

  /** Sends through the form; returns true when saved. `sent` are the checked texts, to show the refusal's marks in. */
  async submit(send: () => Promise<unknown>, sent: SentTexts, check?: () => FieldErrors): Promise<boolean> {
    let refused = false
    const ok = await this.form.submit(send, {
      check,
      handle: (error) => {
        if (error.kind !== 'personal-data-suspected') return false
        this.suspected = suspectedTexts(error.problem, sent)
        // The refusal shows the same marks as the live check; one warning is enough.
        this.live?.reset()
        refused = true
        return true
      },
    })
    if (refused) {
      this.host.requestUpdate()
      await focusAfterUpdate(this.host, `#${this.refusalId}`)
    }
    if (ok) this.clear()
    return ok
  }

  clear(): void {
    this.suspected = []
    this.live?.reset()
    this.host.requestUpdate()
  }

  /** A refused text that is changed is no longer what the server refused. */
  readonly edited = (): void => {
    if (this.suspected.length === 0) return
    this.suspected = []
    this.host.requestUpdate()
  }

  /** The refusal, one warning per field, with what looks like personal data marked. */
  renderRefusal(): TemplateResult | typeof nothing {
    if (this.suspected.length === 0) return nothing
    const m = t()
    return html`<div id=${this.refusalId} tabindex="-1">
      ${this.suspected.map(
        (found) => html`<kb-personal-data-notice .text=${found.text} .hits=${found.hits} .heading=${m.personalDataRefused(found.field)}></kb-personal-data-notice>`,
      )}
    </div>`
  }

  /** The published text's field; with the live check, its warning follows it and is announced. */
  renderText(o: Omit<TextAreaOptions, 'form' | 'onInput'>): TemplateResult {
    const live = this.live
    const field = textArea({
      ...o,
      form: this.form,
      onInput: (event) => {
        this.edited()
        live?.check((event.target as HTMLTextAreaElement).value)
      },
    })
    if (!live) return field
    return html`${field}
      <div role="status">
        <kb-personal-data-notice .text=${live.text} .hits=${live.hits}></kb-personal-data-notice>
      </div>`
  }

  /** After a refusal: the confidant's statement that the text holds no personal data. */
  renderAccept(): TemplateResult | typeof nothing {
    return this.suspected.length ? checkbox({ form: this.form, name: ACCEPT, label: t().personalDataAccept }) : nothing
  }
}
