import { html, nothing } from 'lit'
import { msg } from '@lit/localize'
import type { FollowUpController } from './controller.js'
import { failureAlert, failureText, goneText } from './failure.js'

export function renderEraseConfirm(ctx: FollowUpController) {
  const error = ctx.failure
  return html`<h2 class="title" tabindex="-1">${msg('Wilt u uw gegevens wissen?')}</h2>
    <p>${msg('Dit wissen wij:')}</p>
    <ul>
      <li>${msg('uw contactgegevens, zoals uw naam, e-mailadres en telefoonnummer')}</li>
      <li>${msg('uw verhaal')}</li>
      <li>${msg('alle berichten')}</li>
    </ul>
    <p>
      ${msg(
        'Dit blijft bewaard: codes, zoals het kenmerk en het onderwerp, en de datums. Daarin staat niets dat naar u wijst. Wij gebruiken dit alleen voor anonieme cijfers, bijvoorbeeld hoeveel meldingen er per jaar zijn.',
      )}
    </p>
    <div class="notice warning" part="notice">
      <p>
        <strong>${msg('Let op: wissen kunt u niet terugdraaien.')}</strong>
        ${msg('De vertrouwenspersoon kan u daarna niet meer helpen met deze melding. Wilt u uw gegevens houden? Download dan eerst een kopie.')}
      </p>
    </div>
    ${failureAlert(error && failureText(error, ctx.host.locale, goneText()))}
    <div class="actions">
      <button type="button" part="button primary-button" class="primary" aria-disabled=${ctx.busy ? 'true' : nothing} @click=${() => ctx.erase()}>
        ${ctx.busy ? msg('Bezig met wissen…') : msg('Ja, wis mijn gegevens')}
      </button>
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('concern')}>${msg('Nee, niet wissen')}</button>
    </div>`
}

export function renderErased(ctx: FollowUpController) {
  return html`<h2 class="title" tabindex="-1">${msg('Uw gegevens zijn gewist')}</h2>
    <p>${msg('Uw contactgegevens, uw verhaal en de berichten zijn gewist. Alleen codes en datums zijn nog bewaard, zonder iets dat naar u wijst.')}</p>
    <div class="actions">
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('concern')}>${msg('Terug naar uw melding')}</button>
    </div>`
}
