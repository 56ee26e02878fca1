import type { Recommendation, SessionInfo } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { api } from '../api/inbox-api.js'
import { focusAfterUpdate } from '../common/focus.js'
import { SavedEvent } from '../events.js'
import { formatDateTime } from '../format/dates.js'
import { describeFailure } from '../forms/form-controller.js'
import { recommendationStatusLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { recommendationsByYear, type YearGroup } from './recommendations-by-year.js'

/** The confidant's recommendations for the annual reports, by year, each with what the municipality did with it. */
export class KbRecommendationsView extends KbElement {
  static override properties = {
    session: { attribute: false },
    recommendations: { state: true },
    loadError: { state: true },
    statusMessage: { state: true },
  }

  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  recommendations: Recommendation[] | null = null
  loadError = ''
  statusMessage = ''

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.afterSave(event.message))
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.recommendations === null) void this.load()
  }

  private async load(): Promise<void> {
    try {
      this.recommendations = (await api.listRecommendations()).items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async afterSave(message: string): Promise<void> {
    await this.load()
    // Emptied first, so the same message after a second save is announced again.
    this.statusMessage = ''
    await this.updateComplete
    this.statusMessage = message
    await focusAfterUpdate(this, '#recommendations-status')
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.recommendationsTitle}</h1>
      <p>${m.recommendationsIntro}</p>
      <p id="recommendations-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      <details class="action">
        <summary>${m.newRecommendation}</summary>
        <div class="action__body"><kb-recommendation-form .session=${this.session}></kb-recommendation-form></div>
      </details>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.recommendations === null ? (this.loadError ? nothing : html`<p>${m.loading}</p>`) : this.renderYears(recommendationsByYear(this.recommendations))}`
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
    const id = recommendation.id
    const name = m.recommendationName(number, recommendation.year)
    return html`<li class="card">
      <article aria-labelledby="recommendation-${id}-title">
        <h3 id="recommendation-${id}-title">${m.recommendationNumber(number)}</h3>
        <dl class="details details--compact">
          <div><dt>${m.colStatus}</dt><dd><strong>${recommendationStatusLabel(recommendation.status)}</strong></dd></div>
          <div><dt>${m.municipality}</dt><dd>${recommendation.municipality.name}</dd></div>
          <div><dt>${m.written}</dt><dd>${formatDateTime(recommendation.createdAt, locale())}</dd></div>
          <div><dt>${m.updated}</dt><dd>${formatDateTime(recommendation.updatedAt, locale())}</dd></div>
        </dl>
        <p class="resident-text">${recommendation.text}</p>
        <h4>${m.response}</h4>
        ${recommendation.response ? html`<p class="resident-text">${recommendation.response}</p>` : html`<p class="muted">${m.noResponseYet}</p>`}
        <details class="action">
          <summary>${m.updateRecommendation}<span class="visually-hidden">: ${name}</span></summary>
          <div class="action__body"><kb-recommendation-update-form .recommendation=${recommendation} .name=${name}></kb-recommendation-update-form></div>
        </details>
      </article>
    </li>`
  }
}
