import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { ConcernFollowUp, ConcernNextSteps } from '@klankbord/contract'
import { isSafeLink } from '@klankbord/contract/links'
import { formatDate } from '../fields.js'
import type { Locale } from '../localization.js'
import { dutchToday } from './format.js'

/** A link out of the follow-up view opens a new tab, so the resident does not lose what they looked up with their code. */
const outLink = (url: string, text: string) =>
  isSafeLink(url)
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)')}</span></a>`
    : nothing

function objection(concern: ConcernFollowUp, locale: Locale) {
  const { decisionDate, objectionDeadline } = concern
  if (!decisionDate || !objectionDeadline) return nothing
  const decision = formatDate(decisionDate, locale)
  const last = formatDate(objectionDeadline, locale)
  return html`<li>
    ${objectionDeadline >= dutchToday()
      ? html`<p>
          <strong>${msg(str`Bent u het niet eens met het besluit van ${decision}? Dan kunt u bezwaar maken. Doe dat uiterlijk op ${last}.`)}</strong>
          ${msg('Hoe dat moet, staat in de brief met het besluit.')}
        </p>`
      : html`<p>${msg(str`De termijn om bezwaar te maken tegen het besluit van ${decision} is voorbij. Die liep tot en met ${last}.`)}</p>`}
  </li>`
}

function complaint(next: ConcernNextSteps) {
  return html`<li>
    <p>${msg('Bent u niet tevreden over hoe de gemeente of een organisatie u behandelde? Dan kunt u een klacht indienen.')}</p>
    <p>
      ${next.complaintProcedureUrl
        ? outLink(next.complaintProcedureUrl, msg(str`Hoe u een klacht indient bij ${next.municipality}`))
        : msg('Vraag de gemeente hoe u een klacht indient.')}
    </p>
  </li>`
}

function ombudsman(next: ConcernNextSteps) {
  const { kind, name, url } = next.ombudsman
  return html`<li>
    <p>${msg('Heeft de gemeente uw klacht behandeld en bent u nog steeds niet tevreden? Dan kunt u naar de ombudsman.')}</p>
    <p>${outLink(url, kind === 'national' ? msg('Naar de website van de Nationale ombudsman') : msg(str`Naar de website van ${name}`))}</p>
  </li>`
}

/** After closing: the objection term where a decision date is known, the complaint procedure and the ombudsman. */
export function renderNextSteps(concern: ConcernFollowUp, locale: Locale) {
  const next = concern.nextSteps
  if (!next) return nothing
  return html`<section class="section" aria-labelledby="next-title">
    <h3 id="next-title">${msg('Wat kunt u nu nog doen?')}</h3>
    <ul class="next-steps">
      ${objection(concern, locale)} ${complaint(next)} ${ombudsman(next)}
    </ul>
  </section>`
}

/** While the concern is open: the objection term keeps running, and talking to the confidant does not stop it. */
export function renderObjectionReminder(concern: ConcernFollowUp, locale: Locale) {
  const last = concern.objectionDeadline
  if (concern.nextSteps || !last || last < dutchToday()) return nothing
  return html`<div class="notice warning" part="notice">
    <p><strong>${msg(str`Wilt u bezwaar maken? Doe dat uiterlijk op ${formatDate(last, locale)}.`)}</strong></p>
    <p>${msg('Let op: ook als u met de vertrouwenspersoon praat, loopt de termijn van 6 weken voor bezwaar gewoon door.')}</p>
  </div>`
}
