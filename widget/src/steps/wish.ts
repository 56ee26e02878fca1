import { msg } from '@lit/localize'
import { WISHES } from '@klankbord/contract/vocabulary'
import { WISH_LABELS } from '@klankbord/contract/labels'
import { choices, questionSet } from '../fields.js'
import type { StepContext } from './context.js'

export const renderWish = (ctx: StepContext) =>
  questionSet(
    ctx,
    'wish',
    msg('Wat zou u helpen?'),
    choices(ctx, 'radio', 'wish', WISHES, WISH_LABELS[ctx.locale], (code) => ctx.answers.wish === code),
  )
