import type { Recommendation, SessionInfo } from '@klankbord/contract'
import { html, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { ResourceController } from '../common/resource.controller.js'
import { SavedEvent } from '../events.js'
import { formatDateTime } from '../format/dates.js'
import { recommendationStatusLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { publishedCard } from '../publishable/published-card.js'
import { recommendationsByYear, type YearGroup } from './recommendations-by-year.js'

/** The confidant's recommendations for the annual reports, by year, each with what the municipality did with it. */
export class KbRecommendationsView extends KbElement {
  static override properties = { session: { attribute: false } }

  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  private readonly recommendations = new ResourceController(this, { read: async () => (await api.listRecommendations()).items, statusId: 'recommendations-status' })

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.recommendations.reload(event.message))
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.recommendations.value === null) void this.recommendations.load()
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.recommendationsTitle}</h1>
      <p>${m.recommendationsIntro}</p>
      ${this.recommendations.renderStatus()}
      ${actionDetails(m.newRecommendation, html`<kb-recommendation-form .session=${this.session}></kb-recommendation-form>`)}
      ${this.recommendations.renderError()} ${this.recommendations.renderValue((items) => this.renderYears(recommendationsByYear(items)))}`
  }

  private renderYears(groups: YearGroup[]) {
    const m = t()
    if (groups.length === 0) return html`<p>${m.recommendationsEmpty}</p>`
    return repeat(
      groups,
      (group) => group.year,
      (group) => html`<section aria-labelledby="recommendations-${group.year}-title">
        <h2 id="recommendations-${group.year}-title">${m.recommendationsYear(group.year)}</h2>
        <ul class="cards">
          ${repeat(
            group.items,
            (item) => item.recommendation.id,
            ({ number, recommendation }) => this.renderRecommendation(recommendation, number),
          )}
        </ul>
      </section>`,
    )
  }

  private renderRecommendation(recommendation: Recommendation, number: number) {
    const m = t()
    const name = m.recommendationName(number, recommendation.year)
    return publishedCard({
      id: `recommendation-${recommendation.id}`,
      title: m.recommendationNumber(number),
      details: [
        [m.colStatus, html`<strong>${recommendationStatusLabel(recommendation.status)}</strong>`],
        [m.municipality, recommendation.municipality.name],
        [m.written, formatDateTime(recommendation.createdAt, locale())],
        [m.updated, formatDateTime(recommendation.updatedAt, locale())],
      ],
      text: recommendation.text,
      response: recommendation.response,
      update: [
        html`${m.updateRecommendation}<span class="visually-hidden">: ${name}</span>`,
        html`<kb-recommendation-update-form .recommendation=${recommendation} .name=${name}></kb-recommendation-update-form>`,
      ],
    })
  }
}
