import { html, type TemplateResult } from 'lit'
import { actionDetails } from '../common/action-details.js'
import { detailRow } from '../common/details.js'
import { t } from '../i18n/locale.js'

export type PublishedCardOptions = {
  /** Starts the card's element ids (`signal-<id>`). */
  id: string
  title: string
  details: readonly (readonly [term: string, value: unknown])[]
  text: string
  response: string | null
  /** The fold-out that updates the record: its summary and its form. */
  update: readonly [summary: unknown, form: TemplateResult]
}

/** A published text in a list of cards: its details, the text, the municipality's response, and a fold-out to update it. */
export function publishedCard(o: PublishedCardOptions): TemplateResult {
  const m = t()
  return html`<li class="card">
    <article aria-labelledby="${o.id}-title">
      <h3 id="${o.id}-title">${o.title}</h3>
      <dl class="details details--compact">${o.details.map(([term, value]) => detailRow(term, value))}</dl>
      <p class="resident-text">${o.text}</p>
      <h4>${m.response}</h4>
      ${o.response ? html`<p class="resident-text">${o.response}</p>` : html`<p class="muted">${m.noResponseYet}</p>`}
      ${actionDetails(...o.update)}
    </article>
  </li>`
}
