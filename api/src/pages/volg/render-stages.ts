import { followUpStages, type FollowUpStage, type StageState } from '@klankbord/contract/follow-up-stages'
import { isSafeLink } from '@klankbord/contract/links'
import { formatDate, formatDay } from '../format.js'
import { markup as html, type Markup } from '../markup.js'
import type { ConcernState } from './volg-page.js'
import { OUTCOME_TEXTS, STAGE_TEXTS as S } from './texts.js'

type Stage = { state: StageState; title: string; detail?: string }

const WAITING = { resident: S.waitingResident, organisation: S.waitingOrganisation, confidant: S.working } as const

/** The contract's stages in the widget's words (widget/src/follow-up/stages.ts), from the pages' XLIFF lookup. */
function stageText(stage: FollowUpStage, { t, locale }: ConcernState): Stage {
  switch (stage.kind) {
    case 'reported':
      return { state: stage.state, title: t(S.reported, formatDay(stage.on, locale)) }
    case 'first-contact-made':
      return { state: stage.state, title: t(S.firstContactOn, formatDay(stage.on, locale)) }
    case 'first-contact':
      return { state: stage.state, title: t(S.firstContact), detail: t(S.respondsBy, formatDate(stage.by, locale)) }
    case 'in-progress':
      return { state: stage.state, title: t(S.inProgress), detail: stage.waitingFor && t(WAITING[stage.waitingFor]) }
    case 'closed-on':
      return { state: stage.state, title: t(S.closedOn, formatDay(stage.on, locale)), detail: stage.outcome ? t(OUTCOME_TEXTS[stage.outcome]) : undefined }
    case 'closed':
      return { state: stage.state, title: t(S.closed) }
  }
}

const stages = (state: ConcernState): Stage[] => followUpStages(state.concern).map((stage) => stageText(stage, state))

export function renderStages(state: ConcernState): Markup {
  const said = { done: state.t(S.done), current: state.t(S.current), todo: state.t(S.todo) }
  return html`<section class="section" aria-labelledby="stages-title">
    <h2 id="stages-title">${state.t(S.title)}</h2>
    <ol class="stages">
      ${stages(state).map(
        (stage) =>
          html`<li class="stage ${stage.state}"${stage.state === 'current' ? html` aria-current="step"` : ''}>
            <span class="visually-hidden">${said[stage.state]} </span><strong>${stage.title}</strong>
            ${stage.detail ? html`<p>${stage.detail}</p>` : ''}
          </li>`,
      )}
    </ol>
  </section>`
}

const outLink = (state: ConcernState, url: string, text: string) =>
  isSafeLink(url) ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> ${state.t(S.newTab)}</span></a>` : ''

/** After closing: the objection term where a decision date is known, the complaint procedure and the ombudsman. */
export function renderNextSteps(state: ConcernState): Markup | '' {
  const { concern, t, locale, today } = state
  const next = concern.nextSteps
  if (!next) return ''
  const { decisionDate, objectionDeadline } = concern
  const objection =
    decisionDate && objectionDeadline
      ? html`<li>
          ${objectionDeadline >= today
            ? html`<p><strong>${t(S.objection, formatDate(decisionDate, locale), formatDate(objectionDeadline, locale))}</strong> ${t(S.objectionHow)}</p>`
            : html`<p>${t(S.objectionOver, formatDate(decisionDate, locale), formatDate(objectionDeadline, locale))}</p>`}
        </li>`
      : ''
  const { kind, name, url } = next.ombudsman
  return html`<section class="section" aria-labelledby="next-title">
    <h2 id="next-title">${t(S.nextTitle)}</h2>
    <ul class="next-steps">
      ${objection}
      <li>
        <p>${t(S.complaint)}</p>
        <p>${next.complaintProcedureUrl ? outLink(state, next.complaintProcedureUrl, t(S.complaintLink, next.municipality)) : t(S.complaintAsk)}</p>
      </li>
      <li>
        <p>${t(S.ombudsman)}</p>
        <p>${outLink(state, url, kind === 'national' ? t(S.nationalOmbudsman) : t(S.otherOmbudsman, name))}</p>
      </li>
    </ul>
  </section>`
}

/** While the concern is open: the objection term keeps running. */
export function renderObjectionReminder({ concern, t, locale, today }: ConcernState): Markup | '' {
  const last = concern.objectionDeadline
  if (concern.nextSteps || !last || last < today) return ''
  return html`<div class="notice warning">
    <p><strong>${t(S.reminder, formatDate(last, locale))}</strong></p>
    <p>${t(S.reminderRuns)}</p>
  </div>`
}
