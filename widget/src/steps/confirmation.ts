import { html } from 'lit'
import { msg, str } from '@lit/localize'
import { formatDate, heading } from '../fields.js'
import type { StepContext } from './context.js'

export function renderConfirmation(ctx: StepContext) {
  const { concern, mode } = ctx.created!
  const { municipality } = ctx.info
  const by = formatDate(concern.firstContactBy, ctx.locale)
  return html`<div part="confirmation">
    ${heading(ctx, msg('Uw melding is verstuurd'))}
    <dl class="codes">
      <dt>${msg('Uw kenmerk')}</dt>
      <dd class="code"><span dir="ltr">${concern.reference}</span></dd>
      <dt>${msg('Uw persoonlijke code')}</dt>
      <dd class="code large" id="follow-up-code"><span dir="ltr">${concern.followUpCode}</span></dd>
    </dl>
    <button type="button" part="button" class="secondary copy" @click=${() => ctx.copyCode()}>${msg('Kopieer de code')}</button>
    ${ctx.copyNote ? html`<p class="hint">${ctx.copyNote}</p>` : ''}
    <div class="notice warning" part="notice">
      <p><strong>${msg('Bewaar deze code goed en geef hem aan niemand.')}</strong> ${msg('U ziet de code maar één keer.')}</p>
    </div>
    <h3>${msg('Wat gebeurt er nu?')}</h3>
    <p>
      ${mode === 'none'
        ? msg(str`U blijft anoniem. De vertrouwenspersoon kan u dus niet bellen of mailen. Met uw kenmerk en code kunt u vanaf ${by} een antwoord lezen.`)
        : msg(str`${municipality.confidantName} neemt uiterlijk op ${by} contact met u op.`)}
    </p>
    <p>${msg(str`Liever praten? Bel ${municipality.confidantPhone}.`)}</p>
    <p>${msg(str`Of kom langs bij het inloopspreekuur: ${municipality.walkInHours.replace(/\.$/, "")}.`)}</p>
    <h3>${msg('Uw melding later bekijken')}</h3>
    <p>${msg('Met uw kenmerk en code ziet u hoe het met uw melding gaat. U kunt daar ook berichten lezen en sturen.')}</p>
    <button
      type="button"
      part="button"
      class="secondary"
      @click=${() => ctx.openFollowUp({ reference: concern.reference, code: concern.followUpCode })}
    >
      ${msg('Bekijk uw melding')}
    </button>
  </div>`
}
