import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { ConcernDataCopy } from '@klankbord/contract'
import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, STATUS_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import type { ContactMode } from '@klankbord/contract/vocabulary'
import { formatDate } from '../fields.js'
import type { Locale } from '../localization.js'
import type { FollowUpController } from './controller.js'
import { failureAlert, failureText, goneText } from './failure.js'
import { formatDay, formatMoment } from './format.js'

export function renderCopyConfirm(ctx: FollowUpController) {
  const error = ctx.failure
  return html`<h2 class="title" tabindex="-1">${msg('Een kopie van uw gegevens')}</h2>
    <p>
      ${msg(
        'U krijgt een bestand met alles wat bij deze melding is bewaard. Bijvoorbeeld uw verhaal, uw contactgegevens, de berichten en de aantekeningen van de vertrouwenspersoon.',
      )}
    </p>
    <div class="notice warning" part="notice">
      <p>
        ${msg(
          'Gebruikt u een computer van iemand anders, of een computer in de bibliotheek? Bewaar het bestand daar dan niet. Anderen kunnen het dan lezen.',
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

const CONTACT_KEYS = () => ({
  email: msg('E-mailadres'),
  phone: msg('Telefoonnummer'),
  name: msg('Naam'),
  bestTime: msg('Beste tijd om te bellen'),
})

function contactRows(contact: Record<string, string>, locale: Locale) {
  const labels: Record<string, string> = CONTACT_KEYS()
  return Object.entries(contact).map(([key, value]) =>
    key === 'mode'
      ? html`<li>${msg('Manier')}: ${CONTACT_MODE_LABELS[locale][value as ContactMode] ?? value}</li>`
      : html`<li>${labels[key] ?? key}: ${value}</li>`,
  )
}

function summary(data: ConcernDataCopy, locale: Locale) {
  const none = msg('Niet ingevuld')
  const rows: [string, unknown][] = [
    [msg('Kenmerk'), data.reference],
    [msg('Ontvangen op'), formatDay(data.createdAt, locale)],
    [msg('Status'), STATUS_LABELS[locale][data.status]],
    [msg('Onderwerp'), DOMAIN_LABELS[locale][data.domain]],
    [msg('Waar bent u niet tevreden over?'), html`<ul>${data.kinds.map((k) => html`<li>${KIND_LABELS[locale][k]}</li>`)}</ul>`],
    [msg('Uw wens'), WISH_LABELS[locale][data.wish]],
    [msg('Uw verhaal'), data.description === null ? msg('Gewist of niet bewaard') : html`<span class="prewrap">${data.description}</span>`],
    [msg('Organisatie of team'), data.organisation || none],
    [msg('Datum van het besluit'), data.decisionDate ? formatDate(data.decisionDate, locale) : none],
    [msg('Voor iemand anders'), data.onBehalfOf ? msg('Ja') : msg('Nee')],
    [msg('Contactgegevens'), data.contact ? html`<ul>${contactRows(data.contact, locale)}</ul>` : msg('Geen')],
    [msg('Aantal berichten'), String(data.messages.length)],
    [
      msg('Aantekeningen van de vertrouwenspersoon'),
      data.notes.length
        ? html`<ul>
            ${data.notes.map((n) => html`<li>${formatMoment(n.at, locale)}: <span class="prewrap">${n.text}</span></li>`)}
          </ul>`
        : msg('Geen'),
    ],
  ]
  return html`<dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
}

export function renderCopy(ctx: FollowUpController) {
  const copy = ctx.copy!
  return html`<h2 class="title" tabindex="-1">${msg('Uw kopie is klaar')}</h2>
    <p><a class="download" part="button primary-button" href=${copy.url} download=${copy.fileName}>${msg('Download het bestand')}</a></p>
    <p class="hint">
      ${msg(str`Het bestand heet ${copy.fileName}. Het is een JSON-bestand: een bestand voor computers, dat u kunt bewaren of aan iemand kunt geven.`)}
    </p>
    <section class="section" aria-labelledby="copy-title">
      <h3 id="copy-title">${msg('Wat staat erin?')}</h3>
      <p>${msg('Dit zijn de belangrijkste gegevens. In het bestand staat ook wanneer er iets met uw melding is gebeurd.')}</p>
      ${summary(copy.data, ctx.host.locale)}
    </section>
    <div class="actions">
      <button type="button" part="button" class="secondary" @click=${() => ctx.go('concern')}>${msg('Terug naar uw melding')}</button>
    </div>`
}
