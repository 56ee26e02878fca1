import { html, nothing } from 'lit'
import { msg } from '@lit/localize'
import type { FollowUpController, LookupField } from './controller.js'
import { failureAlert, failureText } from './failure.js'

function errorSummary(ctx: FollowUpController) {
  if (!ctx.lookupErrors.size) return nothing
  const focusField = (event: Event, field: LookupField) => {
    event.preventDefault()
    ctx.host.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus()
  }
  return html`<div class="summary" part="error-summary" role="group" aria-labelledby="summary-title" tabindex="-1">
    <h3 id="summary-title">${msg('Verbeter dit eerst')}</h3>
    <ul>
      ${[...ctx.lookupErrors].map(
        ([field, message]) => html`<li><a href="#${field}" @click=${(e: Event) => focusField(e, field)}>${message}</a></li>`,
      )}
    </ul>
  </div>`
}

function codeField(ctx: FollowUpController, field: LookupField, label: string, hintText: string, value: string) {
  const error = ctx.lookupErrors.get(field)
  return html`<div class="field">
    <label for=${field} class="label">${label}</label>
    <p class="hint" id="${field}-hint">${hintText}</p>
    ${error
      ? html`<p class="error" id="${field}-error"><span class="visually-hidden">${msg('Fout:')} </span>${error}</p>`
      : nothing}
    <input
      part="input"
      id=${field}
      name=${field}
      type="text"
      dir="ltr"
      class="code-input"
      .value=${value}
      autocomplete="off"
      autocapitalize="characters"
      spellcheck="false"
      aria-required="true"
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
    />
  </div>`
}

export function renderLookup(ctx: FollowUpController) {
  const error = ctx.failure
  return html`<form part="form" novalidate @submit=${(e: Event) => ctx.lookup(e)} @input=${(e: Event) => ctx.onLookupInput(e)}>
    <h2 class="title" tabindex="-1">${msg('Bekijk uw melding')}</h2>
    <p>${msg('Vul uw kenmerk en uw persoonlijke code in. U kreeg ze toen u uw melding verstuurde.')}</p>
    ${errorSummary(ctx)}
    ${failureAlert(
      error &&
        failureText(error, ctx.host.locale, msg('Wij vinden geen melding met dit kenmerk en deze code. Kijk of u ze goed heeft overgenomen.')),
    )}
    ${codeField(ctx, 'reference', msg('Uw kenmerk'), msg('Bijvoorbeeld KB-7Q4M-X2PD.'), ctx.reference)}
    ${codeField(
      ctx,
      'code',
      msg('Uw persoonlijke code'),
      msg('16 letters en cijfers, bijvoorbeeld ABCD-EFGH-JKMN-PQRS. Kleine letters en spaties mogen ook.'),
      ctx.code,
    )}
    <div class="actions">
      <button part="button primary-button" class="primary" aria-disabled=${ctx.busy ? 'true' : nothing}>
        ${ctx.busy ? msg('Bezig met zoeken…') : msg('Bekijk mijn melding')}
      </button>
      ${ctx.standalone
        ? nothing
        : html`<button type="button" part="button" class="secondary" @click=${() => ctx.leave()}>${msg('Terug naar het formulier')}</button>`}
    </div>
  </form>`
}
