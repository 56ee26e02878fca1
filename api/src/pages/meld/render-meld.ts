import type { ConcernCreated } from '@klankbord/contract'
import { errorSummary } from '../fields.js'
import { formatDate } from '../format.js'
import { languageSwitch, renderPage } from '../layout.js'
import { markup as html } from '../markup.js'
import { answerFields, type MeldAnswers } from './answers.js'
import { meldSearch, type MeldPage } from './meld-page.js'
import { stepBody } from './render-steps.js'
import { shownFields } from './shown-fields.js'
import { END_TEXTS as E, MELD_TEXTS as M } from './texts.js'

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}" />`

/** The answers this page does not show, so they travel on unchanged. */
function carried(page: MeldPage, shown: ReadonlySet<string>) {
  return answerFields(page.answers)
    .filter(([name]) => !shown.has(name))
    .map(([name, value]) => hidden(name, value))
}

function actions(page: MeldPage) {
  const { t, step } = page
  const primary = step === 'intro' ? t(M.start) : step === 'review' ? t(M.send) : page.returnToReview ? t(M.backToReview) : t(M.next)
  return html`<div class="actions">
    <button type="submit" class="primary" name="move" value="${step === 'review' ? 'send' : 'next'}">${primary}</button>
    ${step === 'intro' ? '' : html`<button type="submit" class="secondary" name="move" value="back">${t(M.previous)}</button>`}
  </div>`
}

/** A page of the intake: one form that carries every answer, the step's questions, its errors above them, and the buttons. */
export function renderMeldStep(page: MeldPage): string {
  const { t, locale, envelope } = page
  const content = html`<form id="meld-form" method="post" action="/meld" novalidate>
    ${hidden('partner', envelope.partner)} ${hidden('channel', envelope.channel)} ${hidden('key', envelope.key)} ${hidden('lang', locale)}
    ${hidden('step', page.step)} ${page.returnToReview && page.step !== 'review' ? hidden('returnTo', 'review') : ''}
    ${carried(page, shownFields(page.step, page.answers))}
    ${page.alert ? html`<div class="alert" role="alert"><p>${page.alert}</p><p>${t(M.answersKept)}</p></div>` : ''}
    ${errorSummary(page.errors, t)} ${stepBody(page)} ${actions(page)} ${page.step === 'intro' ? '' : languageSwitch(locale, t)}
  </form>`
  return renderPage({
    locale,
    t,
    title: t(M.pageTitle),
    hasErrors: page.errors.size > 0,
    // The first page holds no answers yet: links do. Later pages switch inside the form.
    languages: page.step === 'intro' ? languageSwitch(locale, t, (code) => `/meld${meldSearch(envelope, code)}`) : undefined,
    content,
  })
}

export type MeldEnd = Pick<MeldPage, 'locale' | 't' | 'info'> & {
  created: ConcernCreated
  contactMode: MeldAnswers['contactMode']
  /** Where the resident reaches this server, to write out the address of /volg. */
  origin: string
  partnerKey: string
}

/** Where the end page's language switch posts; its handler shows the page again for reference and code. */
export const MELD_CONFIRMATION_PATH = '/meld/verstuurd'

/**
 * The end page, as the widget's confirmation: reference, code, what happens now, and how to look it up later at /volg.
 * Its language switch posts reference and code again (a link would put the code in a URL).
 */
export function renderMeldEnd(page: MeldEnd): string {
  const { t, locale, info, created } = page
  const { municipality } = info
  const by = formatDate(created.firstContactBy, locale)
  const followUp = `/volg/zonder-script?lang=${locale}`
  const content = html`<h1>${t(E.title)}</h1>
    <dl class="codes">
      <dt>${t(E.reference)}</dt>
      <dd class="code"><span dir="ltr">${created.reference}</span></dd>
      <dt>${t(E.code)}</dt>
      <dd class="code large" id="follow-up-code"><span dir="ltr">${created.followUpCode}</span></dd>
    </dl>
    <div class="notice warning">
      <p><strong>${t(E.keepCode)}</strong> ${t(E.onlyOnce)}</p>
      <p>${t(E.writeDown)}</p>
    </div>
    <h2>${t(E.whatNow)}</h2>
    <p>${page.contactMode === 'email' || page.contactMode === 'phone' ? t(E.contactBy, municipality.confidantName, by) : t(E.anonymous, by)}</p>
    <p>${t(E.call, municipality.confidantPhone)}</p>
    <p>${t(E.walkIn, municipality.walkInHours.replace(/\.$/, ''))}</p>
    <h2>${t(E.laterTitle)}</h2>
    <p>${t(E.later)}</p>
    <p>${t(E.howToFollow, `${page.origin}/volg`)}</p>
    <p><a href="${followUp}">${t(E.followLink)}</a></p>`
  const languages = html`<form method="post" action="${MELD_CONFIRMATION_PATH}">
    <input type="hidden" name="partner" value="${page.partnerKey}" /><input type="hidden" name="reference" value="${created.reference}" />
    <input type="hidden" name="code" value="${created.followUpCode}" />
    ${languageSwitch(locale, t)}
  </form>`
  return renderPage({ locale, t, title: t(E.title), content, languages })
}
