import { html } from 'lit'
import { msg } from '@lit/localize'
import type { ConcernDataCopy } from '@klankbord/contract'
import { CHANNEL_LABELS, CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, STATUS_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import type { ContactMode, EventType } from '@klankbord/contract/vocabulary'
import { formatDate } from '../fields.js'
import type { Locale } from '../localization.js'
import { formatDay, formatMoment } from './format.js'
import { outcomeText } from './outcome-texts.js'

const CONTACT_KEYS = () => ({
  email: msg('E-mailadres'),
  phone: msg('Telefoonnummer'),
  name: msg('Naam'),
  bestTime: msg('Beste tijd om te bellen'),
})

/** What happened on the case, as the resident would say it; the codes are the inbox's timeline. */
const EVENT_TEXT = () =>
  ({
    created: msg('Melding gedaan'),
    status: msg('Stand van de melding veranderd'),
    reopened: msg('Melding weer geopend'),
    assigned: msg('Melding gegeven aan een vertrouwenspersoon'),
    note: msg('Aantekening gemaakt'),
    contact: msg('Contact vastgelegd'),
    time: msg('Tijd vastgelegd'),
    consent: msg('Uw toestemming vastgelegd'),
    message: msg('Bericht'),
    erased: msg('Gegevens gewist'),
  }) satisfies Record<EventType, string>

type Rows = [string, unknown][]

const facts = (rows: Rows) => html`<dl class="copy-facts">${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
const list = (items: unknown[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`
const section = (id: string, title: string, body: unknown) =>
  html`<section class="copy-section" aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`

function contactRows(contact: Record<string, string>, locale: Locale) {
  const labels: Record<string, string> = CONTACT_KEYS()
  return Object.entries(contact).map(([key, value]) =>
    key === 'mode' ? `${msg('Manier')}: ${CONTACT_MODE_LABELS[locale][value as ContactMode] ?? value}` : `${labels[key] ?? key}: ${value}`,
  )
}

function concernFacts(data: ConcernDataCopy, locale: Locale) {
  const none = msg('Niet ingevuld')
  return facts([
    [msg('Kenmerk'), html`<span class="code">${data.reference}</span>`],
    [msg('Gemeld op'), formatDay(data.createdAt, locale)],
    [msg('Binnengekomen'), CHANNEL_LABELS[locale][data.channel]],
    [msg('Status'), STATUS_LABELS[locale][data.status]],
    [msg('Onderwerp'), DOMAIN_LABELS[locale][data.domain]],
    [msg('Waar bent u niet tevreden over?'), list(data.kinds.map((k) => KIND_LABELS[locale][k]))],
    [msg('Uw wens'), WISH_LABELS[locale][data.wish]],
    [msg('Organisatie of team'), data.organisation || none],
    [msg('Datum van het besluit'), data.decisionDate ? formatDate(data.decisionDate, locale) : none],
    [msg('Voor iemand anders'), data.onBehalfOf ? msg('Ja') : msg('Nee')],
  ])
}

function confidantFacts(data: ConcernDataCopy, locale: Locale) {
  const notYet = msg('Nog niet')
  return facts([
    [msg('Eerste contact'), data.firstContactAt ? formatMoment(data.firstContactAt, locale) : notYet],
    [msg('Afgesloten'), data.closedAt ? formatMoment(data.closedAt, locale) : notYet],
    [msg('Hulp die u kreeg'), data.supportGiven.length ? list(data.supportGiven.map((s) => SUPPORT_LABELS[locale][s])) : notYet],
    [msg('Uitkomst'), data.outcome ? outcomeText(data.outcome) : notYet],
  ])
}

function messages(data: ConcernDataCopy, locale: Locale) {
  if (!data.messages.length) return html`<p>${msg('Er zijn geen berichten.')}</p>`
  return html`<ol class="messages">
    ${data.messages.map(
      (m) => html`<li class="message ${m.from}">
        <p class="meta">
          <strong>${m.from === 'confidant' ? msg('De vertrouwenspersoon') : msg('U')}</strong>,
          <time datetime=${m.sentAt}>${formatMoment(m.sentAt, locale)}</time>
        </p>
        <p class="prewrap">${m.body}</p>
      </li>`,
    )}
  </ol>`
}

function events(data: ConcernDataCopy, locale: Locale) {
  const said: Record<string, string> = EVENT_TEXT()
  // The store keeps no event for the arrival itself (the inbox adds it the same way): its moment is createdAt.
  const all = data.events.some((e) => e.type === 'created') ? data.events : [{ at: data.createdAt, type: 'created' }, ...data.events]
  return html`<ol class="events">
    ${all.map((e) => html`<li><time datetime=${e.at}>${formatMoment(e.at, locale)}</time>: ${said[e.type] ?? e.type}</li>`)}
  </ol>`
}

/** Everything the copy holds, as a page to read, print or save as PDF; the JSON beside it carries the same. */
export function renderCopyDocument(data: ConcernDataCopy, locale: Locale) {
  return html`${section('copy-concern', msg('Uw melding'), concernFacts(data, locale))}
    ${section(
      'copy-story',
      msg('Uw verhaal'),
      data.description === null ? html`<p>${msg('Gewist of niet bewaard')}</p>` : html`<p class="prewrap">${data.description}</p>`,
    )}
    ${section('copy-contact', msg('Uw contactgegevens'), data.contact ? list(contactRows(data.contact, locale)) : html`<p>${msg('Geen')}</p>`)}
    ${section('copy-messages', msg('Berichten'), messages(data, locale))}
    ${section(
      'copy-notes',
      msg('Aantekeningen van de vertrouwenspersoon'),
      data.notes.length
        ? list(data.notes.map((n) => html`${formatMoment(n.at, locale)}: <span class="prewrap">${n.text}</span>`))
        : html`<p>${msg('Geen')}</p>`,
    )}
    ${section('copy-confidant', msg('Wat de vertrouwenspersoon deed'), confidantFacts(data, locale))}
    ${section('copy-events', msg('Wat er met uw melding gebeurde'), events(data, locale))}`
}
