import { html } from 'lit'
import type { FollowUpController } from './controller.js'
import { renderConcern } from './concern.js'
import { renderCopy, renderCopyConfirm } from './data-copy.js'
import { renderErased, renderEraseConfirm } from './erasure.js'
import { renderLookup } from './lookup.js'

const VIEWS = {
  lookup: renderLookup,
  concern: renderConcern,
  'confirm-copy': renderCopyConfirm,
  copy: renderCopy,
  'confirm-erase': renderEraseConfirm,
  erased: renderErased,
} satisfies Record<FollowUpController['phase'], (ctx: FollowUpController) => unknown>

export const renderFollowUp = (ctx: FollowUpController) => html`<div class="follow-up" part="follow-up">${VIEWS[ctx.phase](ctx)}</div>`
