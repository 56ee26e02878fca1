/** The follow-up view, loaded as a separate chunk when the resident asks for it or the page uses `mode="follow-up"`. */
export { FollowUpController } from './follow-up/controller.js'
