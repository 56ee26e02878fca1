import type { Recommendation } from '@klankbord/contract'
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@klankbord/contract/vocabulary'
import { api } from '../api/inbox-api.js'
import { recommendationStatusLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbPublishableUpdateForm, type AnswerUpdate } from '../publishable/kb-publishable-update-form.js'

/**
 * Write down what the municipality did with a recommendation: its status and the municipality's response.
 *
 * @fires kb-saved - The recommendation was updated.
 */
export class KbRecommendationUpdateForm extends KbPublishableUpdateForm<Recommendation, RecommendationStatus> {
  static override properties = { recommendation: { attribute: false }, name: {} }

  /** **recommendation**, the recommendation to update. */
  recommendation: Recommendation | null = null
  /** **name**, how the page names the recommendation (*Aanbeveling 2 uit 2025*), for the message after saving. */
  name = ''
  protected readonly kind = 'recommendation'

  protected get item(): Recommendation | null {
    return this.recommendation
  }

  protected statusOptions() {
    return RECOMMENDATION_STATUSES.map((code) => ({ value: code, label: recommendationStatusLabel(code) }))
  }

  protected responseHint(): string {
    return t().recommendationResponseHint
  }

  protected send(recommendation: Recommendation, update: AnswerUpdate<RecommendationStatus>) {
    return api.updateRecommendation(recommendation.id, update)
  }

  protected sent(recommendation: Recommendation, response: string) {
    return { response, text: recommendation.text }
  }

  protected saved(): string {
    return t().recommendationUpdated(this.name)
  }
}
