import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { FollowUpController } from './controller.js'
import { renderCopyDocument } from './copy-document.js'
import { failureAlert, failureText, goneText } from './failure.js'
import { formatMoment } from './format.js'

export function renderCopyConfirm(ctx: FollowUpController) {
  const error = ctx.failure
  return html`<h2 class="title" tabindex="-1">${msg('Een kopie van uw gegevens')}</h2>
    <p>
      ${msg(
        'U ziet alles wat bij deze melding is bewaard. Bijvoorbeeld uw verhaal, uw contactgegevens, de berichten en de aantekeningen van de vertrouwenspersoon. U kunt het afdrukken, als PDF bewaren of als bestand downloaden.',
      )}
    </p>
    <div class="notice warning" part="notice">
      <p>
        ${msg(
          'Gebruikt u een computer van iemand anders, of een computer in de bibliotheek? Bewaar de kopie daar dan niet. Anderen kunnen die dan lezen.',
        )}
      </p>
    </div>
    ${failureAlert(error && failureText(error, ctx.host.locale, goneText()))}
    <div class="actions">
      <button type="button" part="button primary-button" class="primary" aria-disabled=${ctx.busy ? 'true' : nothing} @click=${() => ctx.makeCopy()}>
        ${ctx.busy ? msg('Even geduld…') : msg('Ja, maak een kopie')}
      </button>
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('concern')}>${msg('Terug')}</button>
    </div>`
}

export function renderCopy(ctx: FollowUpController) {
  const copy = ctx.copy!
  const locale = ctx.host.locale
  return html`<h2 class="title" tabindex="-1">${msg(str`Uw gegevens bij melding ${copy.data.reference}`)}</h2>
    <p>${msg(str`Dit is alles wat bij uw melding is bewaard, op ${formatMoment(copy.madeAt, locale)}.`)}</p>
    <div class="actions no-print">
      <button type="button" part="button primary-button" class="primary" @click=${() => print()}>${msg('Afdrukken of bewaren als PDF')}</button>
      <a class="download secondary" part="button" href=${copy.url} download=${copy.fileName}>${msg('Download als bestand (JSON)')}</a>
    </div>
    <p class="hint no-print">
      ${msg('Wilt u een PDF? Kies bij het afdrukken voor "Opslaan als PDF".')}
      ${msg(str`Het bestand ${copy.fileName} is voor computers. U kunt het bewaren of aan iemand geven.`)}
    </p>
    <div class="copy-document">${renderCopyDocument(copy.data, locale)}</div>
    <div class="actions no-print">
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('concern')}>${msg('Terug naar uw melding')}</button>
    </div>`
}
