import { html, nothing } from 'lit'
import { recommendations, signalResponses, type SignalResponse } from '../../charts/index.js'
import type { ChartData } from '../../charts/types.js'
import { messages, type Messages } from '../i18n/messages.js'
import { KbDashboardElement } from '../kb-dashboard-element.js'

/** Responses shown at once; the rest fold out, so the page stays easy to scan. */
const FIRST = 5

/** "You said, we did": the signals the municipality has seen, with its response, and the confidant's recommendations. */
export class KbSignalResponses extends KbDashboardElement {
  static override properties = { data: { attribute: false } }

  /** **data**, the published tables, filters and language the charts use. */
  data: ChartData | undefined

  protected override render() {
    const data = this.data
    if (!data) return nothing
    const m = messages(data.locale)
    const responses = signalResponses(data)
    const advice = recommendations(data)
    const allPlaces = !data.filters.municipality
    return html`<section class="responses" aria-labelledby="responses-title">
        <h2 id="responses-title">${m.responsesTitle}</h2>
        <p>${m.responsesIntro}</p>
        ${responses.length === 0
          ? html`<p class="muted">${m.responsesNone}</p>`
          : html`<ul class="response-list">
                ${responses.slice(0, FIRST).map((r) => this.renderResponse(r, allPlaces, m))}
              </ul>
              ${responses.length > FIRST
                ? html`<details class="more">
                    <summary>${data.locale === 'en' ? `Show ${responses.length - FIRST} more signals` : `Toon nog ${responses.length - FIRST} signalen`}</summary>
                    <ul class="response-list">
                      ${responses.slice(FIRST).map((r) => this.renderResponse(r, allPlaces, m))}
                    </ul>
                  </details>`
                : nothing}`}
      </section>
      ${advice.length === 0
        ? nothing
        : html`<section class="responses" aria-labelledby="recommendations-title">
            <h2 id="recommendations-title">${m.recommendationsTitle}</h2>
            <p>${m.recommendationsIntro}</p>
            <ul class="response-list">
              ${advice.map(
                (a) => html`<li class="response">
                  <p class="response__text">${a.text}</p>
                  <p class="response__meta">${allPlaces ? `${a.municipality} · ` : ''}${m.statusLabel} ${a.status}</p>
                  ${a.response ? html`<p><strong>${m.responseLabel}</strong> ${a.response}</p>` : nothing}
                </li>`,
              )}
            </ul>
          </section>`}`
  }

  private renderResponse(r: SignalResponse, allPlaces: boolean, m: Messages) {
    return html`<li class="response">
      <h3 class="response__theme">${r.theme}</h3>
      <p class="response__meta">${r.domain}${allPlaces ? ` · ${r.municipality}` : ''} · ${r.status}</p>
      <p class="response__text">${r.text}</p>
      <p>${r.response ? html`<strong>${m.responseLabel}</strong> ${r.response}` : html`<span class="muted">${m.noResponseYet}</span>`}</p>
    </li>`
  }
}
