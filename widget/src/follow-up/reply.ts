import { html, nothing } from 'lit'
import { msg } from '@lit/localize'
import { LIMITS } from '@klankbord/contract/vocabulary'
import type { FollowUpController } from './controller.js'
import { failureText, goneText } from './failure.js'

function status(ctx: FollowUpController) {
  const error = ctx.replyError
  if (ctx.replyState === 'sending') return html`<p>${msg('Uw bericht wordt verstuurd.')}</p>`
  if (ctx.replyState === 'sent') return html`<p class="sent">${msg('Uw bericht is verstuurd.')}</p>`
  if (ctx.replyState !== 'failed' || !error) return nothing
  const why =
    error.status === 0 || error.status >= 500
      ? msg('Uw tekst staat er nog. Probeer het opnieuw.')
      : failureText(error, ctx.host.locale, goneText())
  return html`<div class="alert" part="alert"><p><strong>${msg('Uw bericht is niet verstuurd.')}</strong> ${why}</p></div>`
}

export function renderReply(ctx: FollowUpController) {
  const invalid = ctx.replyInvalid
  const sending = ctx.replyState === 'sending'
  return html`<form class="section" part="form" novalidate aria-labelledby="reply-title" @submit=${(e: Event) => ctx.sendReply(e)}>
    <h3 id="reply-title">${msg('Antwoord sturen')}</h3>
    <div class="field">
      <label for="reply" class="label">${msg('Uw bericht aan de vertrouwenspersoon')}</label>
      <p class="hint" id="reply-hint">${msg('Schrijf hier geen BSN en geen medische gegevens.')}</p>
      ${invalid ? html`<p class="error" id="reply-error"><span class="visually-hidden">${msg('Fout:')} </span>${invalid}</p>` : nothing}
      <textarea
        part="textarea"
        id="reply"
        name="reply"
        rows="5"
        maxlength=${LIMITS.descriptionMax}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'reply-hint reply-error' : 'reply-hint'}
        .value=${ctx.reply}
        @input=${(e: Event) => ctx.onReplyInput(e)}
      ></textarea>
    </div>
    <div role="status" class="reply-status">${status(ctx)}</div>
    <div class="actions">
      <button part="button primary-button" class="primary" aria-disabled=${sending ? 'true' : nothing}>
        ${sending ? msg('Bezig met versturen…') : ctx.replyState === 'failed' ? msg('Opnieuw versturen') : msg('Bericht versturen')}
      </button>
    </div>
  </form>`
}
