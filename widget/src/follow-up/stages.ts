import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { ConcernFollowUp } from '@klankbord/contract'
import { followUpStages, type FollowUpStage, type StageState } from '@klankbord/contract/follow-up-stages'
import { formatDate } from '../fields.js'
import type { Locale } from '../localization.js'
import { formatDay } from './format.js'
import { outcomeText } from './outcome-texts.js'

type Stage = { state: StageState; title: string; detail?: string }

function waitingText(waitingFor: 'resident' | 'organisation' | 'confidant'): string {
  if (waitingFor === 'resident') return msg('De vertrouwenspersoon wacht op een antwoord van u. Kijk bij de berichten hieronder.')
  if (waitingFor === 'organisation') return msg('De vertrouwenspersoon wacht op een antwoord van de organisatie.')
  return msg('De vertrouwenspersoon werkt aan uw melding.')
}

/** The contract's stages in the widget's words. */
function stageText(stage: FollowUpStage, locale: Locale): Stage {
  switch (stage.kind) {
    case 'reported':
      return { state: stage.state, title: msg(str`Gemeld op ${formatDay(stage.on, locale)}`) }
    case 'first-contact-made':
      return { state: stage.state, title: msg(str`Eerste contact op ${formatDay(stage.on, locale)}`) }
    case 'first-contact':
      return { state: stage.state, title: msg('Eerste contact'), detail: msg(str`De vertrouwenspersoon reageert uiterlijk op ${formatDate(stage.by, locale)}.`) }
    case 'in-progress':
      return { state: stage.state, title: msg('In behandeling'), detail: stage.waitingFor ? waitingText(stage.waitingFor) : undefined }
    case 'closed-on':
      return { state: stage.state, title: msg(str`Afgesloten op ${formatDay(stage.on, locale)}`), detail: stage.outcome ? outcomeText(stage.outcome) : undefined }
    case 'closed':
      return { state: stage.state, title: msg('Afgesloten') }
  }
}

const stages = (concern: ConcernFollowUp, locale: Locale): Stage[] => followUpStages(concern).map((stage) => stageText(stage, locale))

const STATE_TEXT = () => ({ done: msg('Gedaan:'), current: msg('Nu:'), todo: msg('Nog niet:') }) satisfies Record<StageState, string>

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
