import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { ConcernFollowUp } from '@klankbord/contract'
import { formatDate } from '../fields.js'
import type { Locale } from '../localization.js'
import { formatDay } from './format.js'
import { outcomeText } from './outcome-texts.js'

type State = 'done' | 'current' | 'todo'
type Stage = { state: State; title: string; detail?: string }

function waitingText(concern: ConcernFollowUp): string {
  if (concern.status === 'waiting-resident') return msg('De vertrouwenspersoon wacht op een antwoord van u. Kijk bij de berichten hieronder.')
  if (concern.status === 'waiting-organisation') return msg('De vertrouwenspersoon wacht op een antwoord van de organisatie.')
  return msg('De vertrouwenspersoon werkt aan uw melding.')
}

/** Received, first contact, in progress, closed: the furthest one reached is where the concern is now. */
function stages(concern: ConcernFollowUp, locale: Locale): Stage[] {
  const closed = concern.status === 'closed'
  const contacted = concern.firstContactAt !== null
  const now: 'contact' | 'progress' | 'closed' = closed ? 'closed' : contacted || concern.status !== 'new' ? 'progress' : 'contact'
  const list: Stage[] = [{ state: 'done', title: msg(str`Gemeld op ${formatDay(concern.createdAt, locale)}`) }]
  if (contacted) list.push({ state: 'done', title: msg(str`Eerste contact op ${formatDay(concern.firstContactAt!, locale)}`) })
  // Closed without contact (withdrawn, or anonymous and never answered): there is no date to promise any more.
  else if (!closed)
    list.push({
      state: now === 'contact' ? 'current' : 'todo',
      title: msg('Eerste contact'),
      detail: msg(str`De vertrouwenspersoon reageert uiterlijk op ${formatDate(concern.firstContactBy, locale)}.`),
    })
  list.push({
    state: closed ? 'done' : now === 'progress' ? 'current' : 'todo',
    title: msg('In behandeling'),
    detail: now === 'progress' ? waitingText(concern) : undefined,
  })
  list.push(
    closed && concern.closedAt
      ? { state: 'current', title: msg(str`Afgesloten op ${formatDay(concern.closedAt, locale)}`), detail: concern.outcome ? outcomeText(concern.outcome) : undefined }
      : { state: 'todo', title: msg('Afgesloten') },
  )
  return list
}

const STATE_TEXT = () => ({ done: msg('Gedaan:'), current: msg('Nu:'), todo: msg('Nog niet:') }) satisfies Record<State, string>

export function renderStages(concern: ConcernFollowUp, locale: Locale) {
  const said = STATE_TEXT()
  return html`<section class="section" aria-labelledby="stages-title">
    <h3 id="stages-title">${msg('Waar staat uw melding nu?')}</h3>
    <ol class="stages">
      ${stages(concern, locale).map(
        (stage) =>
          html`<li class="stage ${stage.state}" aria-current=${stage.state === 'current' ? 'step' : nothing}>
            <span class="visually-hidden">${said[stage.state]} </span><strong>${stage.title}</strong>
            ${stage.detail ? html`<p>${stage.detail}</p>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`
}
