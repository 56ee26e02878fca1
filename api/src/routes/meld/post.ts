import { ConcernInput, IDEMPOTENCY_KEY_PATTERN } from '@klankbord/contract'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { rateLimitWait } from '../../http/rate-limit-guard.js'
import { readForm } from '../../http/read-form.js'
import { dutchToday, formatClock } from '../../pages/format.js'
import { answersFrom, concernRequest } from '../../pages/meld/answers.js'
import type { MeldEnvelope, MeldPage } from '../../pages/meld/meld-page.js'
import { renderMeldEnd, renderMeldStep } from '../../pages/meld/render-meld.js'
import { checkStep, isStep, nextStep, previousStep, stepOfField } from '../../pages/meld/steps.js'
import { MELD_TEXTS as M, REFUSAL_TEXTS as R } from '../../pages/meld/texts.js'
import { apiLocaleOf, isPageLocale, pageLocale } from '../../pages/page-locale.js'
import { pageText } from '../../pages/page-text.js'
import { renderNotice } from '../../pages/render-notice.js'
import { IdempotencyConflictError, SpamSuspectedError } from '../../services/intake/errors.js'
import { refuseFilledHoneypot } from '../../services/intake/honeypot.js'
import { receivePageConcern } from '../../services/intake/receive-page-concern.js'
import { residentContext } from '../service-context.js'
import { htmlPage } from '../../http/html-page.js'
import { meldPartner } from './meld-partner.js'

/** The form's own fields, as the first page set them; anything else means the form came back broken. */
function envelopeOf(form: URLSearchParams): MeldEnvelope | undefined {
  const partner = form.get('partner') ?? ''
  const channel = form.get('channel')
  const key = form.get('key') ?? ''
  if (!partner || (channel !== 'no-script' && channel !== 'poster') || !IDEMPOTENCY_KEY_PATTERN.test(key)) return undefined
  return { partner, channel, key }
}

function brokenForm(c: Context<AppEnv>, locale: ResidentLocale, partner: string | null) {
  const t = pageText(locale)
  const start = `/meld?${new URLSearchParams({ ...(partner && { partner }), lang: locale })}`
  return htmlPage(c, renderNotice({ locale, t, title: t(R.brokenTitle), paragraphs: [t(R.broken)], link: { href: start, text: t(R.startAgain) } }), 400)
}

/** Sends the concern once every answer holds: honeypot, then the rate limit per address, then stored once under the form's key. */
async function send(c: Context<AppEnv>, deps: AppDeps, page: MeldPage): Promise<Response> {
  const { t, locale, envelope, answers } = page
  const start = `/meld?${new URLSearchParams({ partner: envelope.partner, lang: locale })}`
  try {
    refuseFilledHoneypot({ website: answers.website })
  } catch (error) {
    if (!(error instanceof SpamSuspectedError)) throw error
    const refused = renderNotice({ locale, t, title: t(R.spamTitle), paragraphs: [t(R.spam), t(R.spamHelp, page.info.municipality.confidantPhone)] })
    return htmlPage(c, refused, 400)
  }
  const wait = await rateLimitWait(c, deps, deps.limits.intake)
  if (wait !== undefined) {
    c.header('Retry-After', String(wait))
    const alert = t(M.tooOften, formatClock(new Date(deps.now().getTime() + wait * 1000), locale))
    return htmlPage(c, renderMeldStep({ ...page, alert }), 429)
  }
  const parsed = ConcernInput.safeParse(concernRequest(answers, { partner: envelope.partner, locale: apiLocaleOf(locale), channel: envelope.channel }))
  // Every field was checked on its own page; what is left (a tampered form) starts again.
  if (!parsed.success) return brokenForm(c, locale, envelope.partner)
  try {
    const { created } = await receivePageConcern(residentContext(c, deps), { concern: { ...parsed.data, channel: envelope.channel }, idempotencyKey: envelope.key })
    const origin = deps.config.publicUrl ?? new URL(c.req.url).origin
    return htmlPage(c, renderMeldEnd({ locale, t, info: page.info, created, contactMode: answers.contactMode, origin, partnerKey: envelope.partner }), 201)
  } catch (error) {
    if (!(error instanceof IdempotencyConflictError)) throw error
    const sent = renderNotice({ locale, t, title: t(R.alreadySentTitle), paragraphs: [t(R.alreadySent)], link: { href: start, text: t(R.newConcern) } })
    return htmlPage(c, sent, 409)
  }
}

/**
 * POST /meld: one form for every page of the intake. It carries every answer, so going back, changing language or
 * making a mistake loses nothing; each page checks its own fields with the contract's schemas before the next one.
 */
export const meldStepHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const form = await readForm(c)
  const switchTo = form.get('switchTo')
  const locale = isPageLocale(switchTo) ? switchTo : pageLocale(form.get('lang') ?? undefined, c.req.header('Accept-Language'))
  const envelope = envelopeOf(form)
  const step = form.get('step')
  if (!envelope || !isStep(step)) return brokenForm(c, locale, form.get('partner'))
  const found = await meldPartner(c, deps, envelope.partner, locale)
  if ('refusal' in found) return found.refusal
  const t = pageText(locale)
  const answers = answersFrom(form)
  const returnToReview = form.get('returnTo') === 'review'
  const page: MeldPage = { locale, t, info: found.info, envelope, step, answers, errors: new Map(), today: dutchToday(deps.now()), returnToReview }
  const show = (shown: MeldPage, status: 200 | 400 = 200) => htmlPage(c, renderMeldStep(shown), status)

  const goTo = form.get('goTo')
  if (isPageLocale(switchTo)) return show(page)
  if (isStep(goTo)) return show({ ...page, step: goTo, returnToReview: true })
  const move = form.get('move')
  if (move === 'back') return show({ ...page, step: previousStep(step, answers) })
  const errors = checkStep(step, answers, t)
  if (errors.size) {
    // On the review, an error sends the resident to the page that asks the field, with every error of that page.
    const errorStep = step === 'review' ? stepOfField(errors.keys().next().value!) : step
    return show({ ...page, step: errorStep, errors: errorStep === step ? errors : checkStep(errorStep, answers, t), returnToReview: returnToReview || step === 'review' }, 400)
  }
  if (move === 'send' && step === 'review') return send(c, deps, page)
  const next = nextStep(step, answers)
  // Back to the review after a change, unless the change asks something new (an e-mail address for a new way of contact).
  return show({ ...page, step: returnToReview && next !== 'details' ? 'review' : next })
}
