import { recommendations, signalResponses, type SignalResponse } from '../charts/index.js'
import type { ChartData } from '../charts/types.js'
import { html, type Html } from './html.js'
import type { Messages } from './messages.js'

/** Responses shown at once; the rest fold out, so the page stays easy to scan. */
const FIRST = 5

/** "You said, we did": the signals the municipality has seen, with its response, and the confidant's recommendations. */
export function renderResponses(data: ChartData, m: Messages): Html {
  const responses = signalResponses(data)
  const advice = recommendations(data)
  const allPlaces = !data.filters.municipality
  const list = (items: readonly SignalResponse[]) => html`<ul class="response-list">${items.map((r) => renderResponse(r, allPlaces, m))}</ul>`
  return html`<section class="responses" aria-labelledby="responses-title">
      <h2 id="responses-title">${m.responsesTitle}</h2>
      <p>${m.responsesIntro}</p>
      ${responses.length === 0
        ? html`<p class="muted">${m.responsesNone}</p>`
        : html`${list(responses.slice(0, FIRST))}
            ${responses.length > FIRST
              ? html`<details class="more">
                  <summary>${m.moreResponses(responses.length - FIRST)}</summary>
                  ${list(responses.slice(FIRST))}
                </details>`
              : ''}`}
    </section>
    ${advice.length === 0
      ? ''
      : html`<section class="responses" aria-labelledby="recommendations-title">
          <h2 id="recommendations-title">${m.recommendationsTitle}</h2>
          <p>${m.recommendationsIntro}</p>
          <ul class="response-list">
            ${advice.map(
              (a) => html`<li class="response">
                <p class="response__text">${a.text}</p>
                <p class="response__meta">${allPlaces ? `${a.municipality} · ` : ''}${m.statusLabel} ${a.status}</p>
                ${a.response ? html`<p><strong>${m.responseLabel}</strong> ${a.response}</p>` : ''}
              </li>`,
            )}
          </ul>
        </section>`}`
}

function renderResponse(r: SignalResponse, allPlaces: boolean, m: Messages): Html {
  return html`<li class="response">
    <h3 class="response__theme">${r.theme}</h3>
    <p class="response__meta">${r.domain}${allPlaces ? ` · ${r.municipality}` : ''} · ${r.status}</p>
    <p class="response__text">${r.text}</p>
    <p>${r.response ? html`<strong>${m.responseLabel}</strong> ${r.response}` : html`<span class="muted">${m.noResponseYet}</span>`}</p>
  </li>`
}
