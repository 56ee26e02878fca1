import { LIMITS } from '@klankbord/contract/vocabulary'
import { fieldError, hint } from '../fields.js'
import { formatMoment } from '../format.js'
import { languageSwitch, renderPage } from '../layout.js'
import { markup as html } from '../markup.js'
import { VOLG_PATH } from './render-lookup.js'
import { renderNextSteps, renderObjectionReminder, renderStages } from './render-stages.js'
import type { ConcernState } from './volg-page.js'
import { REPLY_TEXTS as R, VOLG_TEXTS as V } from './texts.js'

function conversation(state: ConcernState) {
  const { concern, t, locale } = state
  if (!concern.messages.length) return html`<p>${t(V.noMessages)}</p>`
  const oldestFirst = [...concern.messages].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))
  return html`<ol class="messages">
    ${oldestFirst.map(
      (message) =>
        html`<li class="message ${message.from}">
          <p class="meta"><strong>${message.from === 'confidant' ? t(V.confidant) : t(V.you)}</strong>, <time datetime="${message.sentAt}">${formatMoment(message.sentAt, locale)}</time></p>
          <p class="prewrap">${message.body}</p>
        </li>`,
    )}
  </ol>`
}

/** The reply form carries reference and code in its own hidden fields: posted, never in a URL. */
function reply(state: ConcernState) {
  const { t, locale, concern, code } = state
  const { text, error, sent } = state.reply
  return html`<section class="section" aria-labelledby="reply-title">
    <h2 id="reply-title">${t(R.title)}</h2>
    ${sent ? html`<p class="sent" role="status">${t(R.sent)}</p>` : ''}
    <form method="post" action="${VOLG_PATH}" novalidate>
      <input type="hidden" name="lang" value="${locale}" />
      <input type="hidden" name="reference" value="${concern.reference}" />
      <input type="hidden" name="code" value="${code}" />
      <div class="field">
        <label for="reply" class="label">${t(R.label)}</label>
        ${hint('reply-hint', t(R.hint))} ${fieldError('reply', error, t)}
        <textarea id="reply" name="reply" rows="5" maxlength="${LIMITS.descriptionMax}" aria-describedby="reply-hint${error ? ' reply-error' : ''}"${
          error ? html` aria-invalid="true"` : ''
        }>${text}</textarea>
      </div>
      <div class="actions"><button type="submit" class="primary">${t(R.send)}</button></div>
    </form>
  </section>`
}

/** The resident's concern: where it stands, what comes next, the messages and a reply, as the widget's follow-up view. */
export function renderConcern(state: ConcernState): string {
  const { t, locale, concern } = state
  const content = html`<h1>${t(V.concernTitle)}</h1>
    <dl class="facts">
      <dt>${t(V.referenceShort)}</dt>
      <dd class="code" dir="ltr">${concern.reference}</dd>
    </dl>
    ${renderObjectionReminder(state)} ${renderStages(state)} ${renderNextSteps(state)}
    ${concern.erased
      ? html`<div class="notice"><p><strong>${t(V.erased)}</strong> ${t(V.erasedDetail)}</p></div>`
      : html`<section class="section" aria-labelledby="messages-title">
            <h2 id="messages-title">${t(V.messages)}</h2>
            ${conversation(state)}
          </section>
          ${reply(state)}`}
    <p><a href="${VOLG_PATH}?lang=${locale}">${t(V.another)}</a></p>`
  // The concern is shown only to a POST with the code, so the switch posts them again in the other language.
  const languages = html`<form method="post" action="${VOLG_PATH}" class="language-form">
    <input type="hidden" name="reference" value="${concern.reference}" /><input type="hidden" name="code" value="${state.code}" />
    ${languageSwitch(locale, t)}
  </form>`
  return renderPage({ locale, t, title: t(V.concernTitle), content, languages })
}
