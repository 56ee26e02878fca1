import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { addWorkingDays, lastDayToObject } from '@klankbord/contract/dates'
import { isSafeLink } from '@klankbord/contract/links'
import { CONTACT_MODES, DEFAULT_FIRST_CONTACT_WORKING_DAYS, DOMAINS, KINDS, LIMITS, WISHES } from '@klankbord/contract/vocabulary'
import { attribute, choiceGroup, fieldError, hint, textField, type FieldState } from '../fields.js'
import { formatDate } from '../format.js'
import { markup as html, type Markup } from '../markup.js'
import type { AnswerField } from './answers.js'
import type { MeldPage } from './meld-page.js'
import { STEP_COUNT, STEP_NUMBER, type StepId } from './steps.js'
import { MELD_TEXTS as M } from './texts.js'

const stateOf = (page: MeldPage, field: AnswerField): FieldState => ({ value: String(page.answers[field]), error: page.errors.get(field), t: page.t })

/** The step's title as the page's heading, with its progress inside, as in the widget. */
export function stepHeading(page: MeldPage, title: string): Markup {
  const step = page.step === 'intro' ? undefined : STEP_NUMBER[page.step]
  return html`<h1>${step ? html`<span class="progress">${page.t(M.step, step, STEP_COUNT)}</span> ` : ''}${title}</h1>`
}

function independence(page: MeldPage): Markup {
  const { t, info } = page
  const { partner, municipality } = info
  return html`<div class="notice">
    <p><strong>${t(M.goesTo, municipality.confidantName, municipality.name)}</strong></p>
    <p>
      ${partner.kind === 'municipality' ? t(M.notTheDepartment) : t(M.notThePartner, partner.name)}
      ${t(M.pageOfConfidant, partner.name)}
    </p>
  </div>`
}

const intro = (page: MeldPage) => {
  const { t } = page
  return html`${stepHeading(page, t(M.introTitle))}
    <p class="lead">${t(M.introLead)}</p>
    ${independence(page)}
    <p>${t(M.whatConfidantDoes)}</p>
    <p>${t(M.allRequired)}</p>`
}

const domain = (page: MeldPage) =>
  choiceGroup(
    'radio',
    'domain',
    stepHeading(page, page.t(M.domainTitle)),
    stateOf(page, 'domain'),
    DOMAINS.map((code) => ({ value: code, label: DOMAIN_LABELS[page.locale][code], checked: page.answers.domain === code })),
    page.t(M.domainHint),
  )

/** Shown once a decision date is known: talking to the confidant does not stop the objection term. */
export function objectionNotice(page: MeldPage): Markup | '' {
  const date = page.answers.decisionDate
  if (!/^\d{4}-\d\d-\d\d$/.test(date) || date > page.today || page.errors.has('decisionDate')) return ''
  const last = lastDayToObject(date)
  if (last < page.today) return ''
  return html`<div class="notice warning">
    <p><strong>${page.t(M.objectionBy, formatDate(last, page.locale))}</strong></p>
    <p>${page.t(M.objectionRuns)}</p>
  </div>`
}

function story(page: MeldPage) {
  const { t, answers: a } = page
  const error = page.errors.get('description')
  return html`${stepHeading(page, t(M.storyTitle))}
    ${choiceGroup(
      'checkbox',
      'kinds',
      t(M.kindsLegend),
      stateOf(page, 'kinds'),
      KINDS.map((code) => ({ value: code, label: KIND_LABELS[page.locale][code], checked: a.kinds.includes(code) })),
      t(M.kindsHint),
    )}
    <div class="field">
      <label for="description" class="label">${t(M.description)}</label>
      ${hint('description-hint', t(M.descriptionHint))}
      ${fieldError('description', error, t)}
      <textarea id="description" name="description" rows="7" maxlength="${LIMITS.descriptionMax}" aria-required="true"${
        error ? html` aria-invalid="true"` : ''
      } aria-describedby="description-hint description-count${error ? ' description-error' : ''}">${a.description}</textarea>
      <p class="hint" id="description-count">${t(M.descriptionCount, a.description.length, LIMITS.descriptionMax)}</p>
    </div>
    ${textField('organisation', t(M.organisation), stateOf(page, 'organisation'), {
      optional: true,
      maxlength: LIMITS.organisationMax,
      hint: t(M.organisationHint),
    })}
    ${textField('decisionDate', t(M.decisionDate), stateOf(page, 'decisionDate'), { type: 'date', optional: true, max: page.today })}
    ${objectionNotice(page)}`
}

const wish = (page: MeldPage) =>
  choiceGroup(
    'radio',
    'wish',
    stepHeading(page, page.t(M.wishTitle)),
    stateOf(page, 'wish'),
    WISHES.map((code) => ({ value: code, label: WISH_LABELS[page.locale][code], checked: page.answers.wish === code })),
  )

const honeypot = (page: MeldPage) =>
  html`<div class="honeypot" aria-hidden="true">
    <label for="website">Website</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="${page.answers.website}" />
  </div>`

function contact(page: MeldPage) {
  const { t, answers: a } = page
  return html`${stepHeading(page, t(M.contactTitle))}
    ${choiceGroup(
      'radio',
      'contactMode',
      t(M.contactLegend),
      stateOf(page, 'contactMode'),
      CONTACT_MODES.map((code) => ({ value: code, label: CONTACT_MODE_LABELS[page.locale][code], checked: a.contactMode === code })),
      t(M.contactHint),
    )}
    <div class="field">
      <label class="option"><input type="checkbox" id="onBehalfOf" name="onBehalfOf"${a.onBehalfOf ? ' checked' : ''} aria-describedby="onBehalfOf-hint" /><span>${t(
        M.onBehalfOf,
      )}</span></label>
      ${hint('onBehalfOf-hint', t(M.onBehalfOfHint))}
    </div>
    ${honeypot(page)}`
}

function details(page: MeldPage) {
  const { t, answers: a, info } = page
  const days = info.municipality.firstContactWorkingDays || DEFAULT_FIRST_CONTACT_WORKING_DAYS
  const fields =
    a.contactMode === 'email'
      ? textField('email', t(M.email), stateOf(page, 'email'), { type: 'email', autocomplete: 'email', maxlength: LIMITS.emailMax })
      : html`${textField('phone', t(M.phone), stateOf(page, 'phone'), { type: 'tel', autocomplete: 'tel', hint: t(M.phoneHint) })}
        ${textField('bestTime', t(M.bestTime), stateOf(page, 'bestTime'), { optional: true, maxlength: LIMITS.bestTimeMax, hint: t(M.bestTimeHint) })}`
  return html`${stepHeading(page, t(M.contactTitle))} ${fields}
    ${textField('name', t(M.name), stateOf(page, 'name'), { optional: true, autocomplete: 'name', maxlength: LIMITS.nameMax })}
    <p>${t(M.contactBy, formatDate(addWorkingDays(page.today, days), page.locale))}</p>`
}

function privacy(page: MeldPage) {
  const { t, answers: a, info } = page
  const error = page.errors.get('consent')
  const url = info.municipality.privacyStatementUrl
  return html`${stepHeading(page, t(M.privacyTitle))}
    <p>${t(M.privacyLead)}</p>
    ${isSafeLink(url)
      ? html`<p><a href="${url}" target="_blank" rel="noopener noreferrer">${t(M.privacyLink, info.municipality.name)}<span class="visually-hidden"> ${t(M.newTab)}</span></a></p>`
      : ''}
    <div class="field">
      ${fieldError('consent', error, t)}
      <label class="option"><input type="checkbox" id="consent" name="consent" aria-required="true"${a.consent ? ' checked' : ''}${
        error ? html` aria-invalid="true"` : ''
      }${attribute('aria-describedby', error && 'consent-error')} /><span>${t(M.consent)}</span></label>
    </div>`
}

function reviewSection(page: MeldPage, step: StepId, title: string, rows: [string, Markup | string][]) {
  return html`<div class="review">
    <h2>${title}</h2>
    <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
    <button type="submit" class="secondary" name="goTo" value="${step}">${page.t(M.change)}<span class="visually-hidden">: ${title}</span></button>
  </div>`
}

function review(page: MeldPage) {
  const { t, answers: a, locale: l } = page
  const none = t(M.notFilledIn)
  const mode = (CONTACT_MODES as readonly string[]).includes(a.contactMode) ? (a.contactMode as (typeof CONTACT_MODES)[number]) : 'none'
  const label = <Code extends string>(labels: Record<Code, string>, code: string) => (code in labels ? labels[code as Code] : none)
  return html`${stepHeading(page, t(M.reviewTitle))}
    ${reviewSection(page, 'domain', t(M.domainTitle), [[t(M.subject), label(DOMAIN_LABELS[l], a.domain)]])}
    ${reviewSection(page, 'story', t(M.storyTitle), [
      [t(M.kindsLegend), html`<ul>${a.kinds.map((k) => html`<li>${label(KIND_LABELS[l], k)}</li>`)}</ul>`],
      [t(M.yourStory), html`<span class="prewrap">${a.description}</span>`],
      [t(M.organisationShort), a.organisation || none],
      [t(M.decisionDateShort), /^\d{4}-\d\d-\d\d$/.test(a.decisionDate) ? formatDate(a.decisionDate, l) : a.decisionDate || none],
    ])}
    ${objectionNotice(page)}
    ${reviewSection(page, 'wish', t(M.wishTitle), [[t(M.yourWish), label(WISH_LABELS[l], a.wish)]])}
    ${reviewSection(page, mode === 'none' ? 'contact' : 'details', t(M.contact), [
      [t(M.way), CONTACT_MODE_LABELS[l][mode]],
      ...(mode === 'email' ? [[t(M.emailShort), a.email] as [string, string]] : []),
      ...(mode === 'phone' ? [[t(M.phoneShort), a.phone] as [string, string], [t(M.bestTimeShort), a.bestTime || none] as [string, string]] : []),
      ...(mode !== 'none' ? [[t(M.nameShort), a.name || none] as [string, string]] : []),
      [t(M.forSomeoneElse), a.onBehalfOf ? t(M.yes) : t(M.no)],
    ])}
    ${reviewSection(page, 'privacy', t(M.privacyTitle), [[t(M.consentShort), a.consent ? t(M.yes) : t(M.no)]])}`
}

const STEP_BODIES: Record<StepId, (page: MeldPage) => Markup> = { intro, domain, story, wish, contact, details, privacy, review }

export const stepBody = (page: MeldPage): Markup => STEP_BODIES[page.step](page)
