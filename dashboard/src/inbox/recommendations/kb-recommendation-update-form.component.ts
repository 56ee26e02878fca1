import type { Recommendation } from '@klankbord/contract'
import { INBOX_LIMITS, RECOMMENDATION_STATUSES, type RecommendationStatus } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { SavedEvent } from '../events.js'
import { checkbox, selectField, submitButton, textArea } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { recommendationStatusLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { suspectedTexts, type SuspectedTexts } from '../signals/suspected-texts.js'

/**
 * Write down what the municipality did with a recommendation: its status and the municipality's response.
 *
 * @fires kb-saved - The recommendation was updated.
 */
export class KbRecommendationUpdateForm extends KbElement {
  static override properties = { recommendation: { attribute: false }, name: {}, suspected: { state: true } }

  /** **recommendation**, the recommendation to update. */
  recommendation: Recommendation | null = null
  /** **name**, how the page names the recommendation (*Aanbeveling 2 uit 2025*), for the message after saving. */
  name = ''
  suspected: SuspectedTexts = []
  // Several of these forms share the page, so field ids carry the recommendation's id.
  private readonly form = new FormController(this, () => `recommendation-${this.recommendation?.id ?? ''}`)

  private async onSubmit(event: SubmitEvent, recommendation: Recommendation): Promise<void> {
    event.preventDefault()
    const values = new FormValues(submittedForm(event))
    const status = values.text('status') as RecommendationStatus | undefined
    const response = values.text('response') ?? ''
    const accept = values.checked('acceptPersonalDataWarning') && this.suspected.length > 0
    let refused = false
    const ok = await this.form.submit(
      () =>
        api
          .updateRecommendation(recommendation.id, { ...(status ? { status } : {}), response, ...(accept ? { acceptPersonalDataWarning: true } : {}) })
          .then(() => undefined),
      {
        handle: (error) => {
          if (error.kind !== 'personal-data-suspected') return false
          this.suspected = suspectedTexts(error.problem, { response, text: recommendation.text })
          refused = true
          return true
        },
      },
    )
    if (refused) {
      await this.updateComplete
      this.querySelector<HTMLElement>(`#${this.form.prefix}-suspected`)?.focus()
    }
    if (!ok) return
    this.suspected = []
    this.dispatchEvent(new SavedEvent(t().recommendationUpdated(this.name)))
  }

  protected override render() {
    const recommendation = this.recommendation
    if (!recommendation) return nothing
    const m = t()
    return html`${this.form.renderSummary()}
      ${this.suspected.length
        ? html`<div id="${this.form.prefix}-suspected" tabindex="-1">
            ${this.suspected.map(
              (found) => html`<kb-personal-data-notice .text=${found.text} .hits=${found.hits} .heading=${m.personalDataRefused(found.field)}></kb-personal-data-notice>`,
            )}
          </div>`
        : nothing}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, recommendation)}>
        ${selectField({
          form: this.form,
          name: 'status',
          label: m.colStatus,
          value: recommendation.status,
          options: RECOMMENDATION_STATUSES.map((code) => ({ value: code, label: recommendationStatusLabel(code) })),
        })}
        ${textArea({
          form: this.form,
          name: 'response',
          label: m.response,
          hint: m.recommendationResponseHint,
          optional: true,
          value: recommendation.response ?? '',
          maxlength: INBOX_LIMITS.responseMax,
          rows: 4,
          onInput: () => (this.suspected = []),
        })}
        ${this.suspected.length ? checkbox({ form: this.form, name: 'acceptPersonalDataWarning', label: m.personalDataAccept }) : nothing}
        ${submitButton(this.form, m.save)}
      </form>`
  }
}
