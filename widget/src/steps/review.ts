import { html, nothing, type TemplateResult } from 'lit'
import { msg, str } from '@lit/localize'
import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { formatDate, heading } from '../fields.js'
import { intlTag } from '../locale-tags.js'
import type { StepContext } from './context.js'

function section(ctx: StepContext, step: number, title: string, rows: [string, unknown][]) {
  return html`<div class="review">
    <h3>${title}</h3>
    <dl>
      ${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
    </dl>
    <button type="button" part="button" class="secondary" @click=${() => ctx.change(step)}>
      ${msg('Wijzigen')}<span class="visually-hidden">: ${title}</span>
    </button>
  </div>`
}

function sendError(ctx: StepContext): TemplateResult | typeof nothing {
  const error = ctx.sendError
  if (!error) return nothing
  let text: string
  if (error.status === 0 || error.status >= 500) text = msg('Versturen is niet gelukt. Uw antwoorden zijn bewaard. Probeer het nog een keer.')
  else if (error.status === 429) {
    const at = error.retryAfterSeconds && new Date(Date.now() + error.retryAfterSeconds * 1000)
    text = at
      ? msg(str`U heeft te vaak iets verstuurd. Probeer het om ${at.toLocaleTimeString(intlTag(ctx.locale), { hour: '2-digit', minute: '2-digit' })} opnieuw.`)
      : msg('U heeft te vaak iets verstuurd. Probeer het later opnieuw.')
  } else text = error.problem.detail ?? msg('Versturen is niet gelukt.')
  return html`<div class="alert" part="alert" id="send-error" tabindex="-1"><p>${text}</p></div>`
}

export function renderReview(ctx: StepContext) {
  const a = ctx.answers
  const l = ctx.locale
  const none = msg('Niet ingevuld')
  const mode = a.contactMode || 'none'
  return html`${heading(ctx, msg('Controleer uw melding'))}
    ${section(ctx, 1, msg('Waar gaat het over?'), [[msg('Onderwerp'), a.domain ? DOMAIN_LABELS[l][a.domain] : none]])}
    ${section(ctx, 2, msg('Wat is er gebeurd?'), [
      [msg('Waar bent u niet tevreden over?'), html`<ul>${a.kinds.map((k) => html`<li>${KIND_LABELS[l][k]}</li>`)}</ul>`],
      [msg('Uw verhaal'), html`<span class="prewrap">${a.description}</span>`],
      [msg('Organisatie of team'), a.organisation || none],
      [msg('Datum van het besluit'), a.decisionDate ? formatDate(a.decisionDate, l) : none],
    ])}
    ${section(ctx, 3, msg('Wat zou u helpen?'), [[msg('Uw wens'), a.wish ? WISH_LABELS[l][a.wish] : none]])}
    ${section(ctx, 4, msg('Contact'), [
      [msg('Manier'), CONTACT_MODE_LABELS[l][mode]],
      ...(mode === 'email' ? [[msg('E-mailadres'), a.email] as [string, string]] : []),
      ...(mode === 'phone' ? [[msg('Telefoonnummer'), a.phone] as [string, string], [msg('Beste tijd om te bellen'), a.bestTime || none] as [string, string]] : []),
      ...(mode !== 'none' ? [[msg('Naam'), a.name || none] as [string, string]] : []),
      [msg('Voor iemand anders'), a.onBehalfOf ? msg('Ja') : msg('Nee')],
    ])}
    ${section(ctx, 5, msg('Uw gegevens'), [[msg('Toestemming'), a.consent ? msg('Ja') : msg('Nee')]])}
    ${sendError(ctx)}`
}
