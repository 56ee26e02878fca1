import { html, nothing } from 'lit'
import { msg } from '@lit/localize'
import type { ConcernMessage } from '@klankbord/contract'
import type { FollowUpController } from './controller.js'
import { formatMoment } from './format.js'
import { renderNextSteps, renderObjectionReminder } from './next-steps.js'
import { renderReply } from './reply.js'
import { renderStages } from './stages.js'

function conversation(ctx: FollowUpController, messages: ConcernMessage[]) {
  if (!messages.length) return html`<p>${msg('Er zijn nog geen berichten.')}</p>`
  const oldestFirst = [...messages].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))
  return html`<ol class="messages">
    ${oldestFirst.map(
      (message) =>
        html`<li class="message ${message.from}" part="message">
          <p class="meta">
            <strong>${message.from === 'confidant' ? msg('De vertrouwenspersoon') : msg('U')}</strong>,
            <time datetime=${message.sentAt}>${formatMoment(message.sentAt, ctx.host.locale)}</time>
          </p>
          <p class="prewrap">${message.body}</p>
        </li>`,
    )}
  </ol>`
}

function dataActions(ctx: FollowUpController, erased: boolean) {
  return html`<section class="section" aria-labelledby="data-title">
    <h3 id="data-title">${msg('Uw gegevens')}</h3>
    <p>${msg('U mag altijd zien welke gegevens wij over deze melding bewaren. U kunt ze afdrukken of bewaren.')}</p>
    ${erased ? nothing : html`<p>${msg('Wilt u niet dat wij uw gegevens nog bewaren? Dan kunt u ze laten wissen.')}</p>`}
    <div class="actions">
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('confirm-copy')}>${msg('Een kopie van mijn gegevens')}</button>
      ${erased
        ? nothing
        : html`<button type="button" part="button" class="secondary" @click=${() => ctx.go('confirm-erase')}>${msg('Wis mijn gegevens')}</button>`}
    </div>
  </section>`
}

export function renderConcern(ctx: FollowUpController) {
  const concern = ctx.concern!
  const locale = ctx.host.locale
  return html`<h2 class="title" tabindex="-1">${msg('Uw melding')}</h2>
    <dl class="facts">
      <dt>${msg('Kenmerk')}</dt>
      <dd class="code">${concern.reference}</dd>
    </dl>
    ${renderObjectionReminder(concern, locale)} ${renderStages(concern, locale)} ${renderNextSteps(concern, locale)}
    ${concern.erased
      ? html`<div class="notice" part="notice">
          <p>
            <strong>${msg('Uw gegevens zijn gewist.')}</strong>
            ${msg('Uw contactgegevens, uw verhaal en de berichten zijn er niet meer. U kunt over deze melding geen berichten meer sturen.')}
          </p>
        </div>`
      : html`<section class="section" aria-labelledby="messages-title">
            <h3 id="messages-title">${msg('Berichten')}</h3>
            ${conversation(ctx, concern.messages)}
          </section>
          ${renderReply(ctx)}`}
    ${dataActions(ctx, concern.erased)}
    <div class="actions section">
      <button type="button" part="button" class="secondary" @click=${() => ctx.finish()}>${msg('Klaar met bekijken')}</button>
    </div>`
}
