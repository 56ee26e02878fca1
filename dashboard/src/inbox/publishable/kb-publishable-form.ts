import type { SessionInfo } from '@klankbord/contract'
import { html, type PropertyDeclarations, type TemplateResult } from 'lit'
import { SavedEvent } from '../events.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { chosenMunicipality, municipalityField } from '../forms/municipality-field.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { PublishableTextController, type SentTexts } from './publishable-text.controller.js'

/** What a new published text sends: the checks of its own fields, the request, the checked texts, what to announce. */
export type PublishableRequest = {
  check: () => FieldErrors
  send: (accepted: { acceptPersonalDataWarning?: true }) => Promise<unknown>
  sent: SentTexts
  saved: string
}

/**
 * Base of the forms that write a text to be published for one of the confidant's municipalities (a signal, a
 * recommendation). The text is checked for personal data while typing, and the server's refusal can be accepted
 * after review.
 *
 * @fires kb-saved - The text was saved.
 */
export abstract class KbPublishableForm extends KbElement {
  static override properties: PropertyDeclarations = { session: { attribute: false } }

  /** **session**, the logged-in confidant; their municipalities are the choices. */
  session: SessionInfo | null = null
  /** Makes the form's element ids unique on the page. */
  protected abstract readonly idPrefix: string
  protected readonly form = new FormController(this, () => this.idPrefix)
  protected readonly publishable = new PublishableTextController(this, this.form, { live: true })

  /** What to send for the values in the form, for the chosen municipality. */
  protected abstract request(values: FormValues, municipalityId: string): PublishableRequest
  /** The fields after the municipality, with the text to publish (`publishable.renderText`). */
  protected abstract renderFields(): TemplateResult
  protected abstract submitLabel(): string

  /** The municipality chosen when the form opens. */
  protected get municipalityId(): string | undefined {
    return undefined
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const municipalityId = chosenMunicipality(values, this.session?.municipalities ?? [])
    const { check, send, sent, saved } = this.request(values, municipalityId ?? '')
    const accepted = this.publishable.accepted(values) ? { acceptPersonalDataWarning: true as const } : {}
    const checkAll = (): FieldErrors => ({ ...(municipalityId ? {} : { municipalityId: t().municipalityMissing }), ...check() })
    if (!(await this.publishable.submit(() => send(accepted), sent, checkAll))) return
    element.reset()
    this.dispatchEvent(new SavedEvent(saved))
  }

  protected override render() {
    return html`${this.form.renderSummary()} ${this.publishable.renderRefusal()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${municipalityField(this.form, this.session?.municipalities ?? [], this.municipalityId)} ${this.renderFields()} ${this.publishable.renderAccept()}
        ${submitButton(this.form, this.submitLabel())}
      </form>`
  }
}
