import { html, type TemplateResult } from 'lit'

/** An action that folds open on demand, so the page stays calm; the summary is a native, keyboard-ready toggle. */
export const actionDetails = (summary: unknown, body: unknown, open = false): TemplateResult =>
  html`<details class="action" ?open=${open}>
    <summary>${summary}</summary>
    <div class="action__body">${body}</div>
  </details>`
