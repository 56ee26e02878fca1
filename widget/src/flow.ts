import type { LitElement } from 'lit'
import { adoptLater } from './adopt-later.js'
import { laterStyles } from './later.styles.js'
import { renderConfirmation } from './steps/confirmation.js'
import { renderContact } from './steps/contact.js'
import { renderDomain } from './steps/domain.js'
import { renderPrivacy } from './steps/privacy.js'
import { renderReview } from './steps/review.js'
import { renderStory } from './steps/story.js'
import { renderWish } from './steps/wish.js'

/** Everything after the intro, loaded as a separate chunk when the resident starts (or first points at the widget). */
export const STEPS = [renderDomain, renderStory, renderWish, renderContact, renderPrivacy, renderReview, renderConfirmation]
export { toConcernInput, validateStep } from './validation.js'
export { solveChallenge } from './proof-of-work.js'
export { sendConcern } from './send-concern.js'

/** The styles the steps after the intro need, added to the widget when this chunk loads. */
export const adoptStepStyles = (host: LitElement) => adoptLater(host, laterStyles)
