import { msg } from '@lit/localize'
import { DOMAINS } from '@klankbord/contract/vocabulary'
import { DOMAIN_LABELS } from '@klankbord/contract/labels'
import { choices, questionSet } from '../fields.js'
import type { StepContext } from './context.js'

export const renderDomain = (ctx: StepContext) =>
  questionSet(
    ctx,
    'domain',
    msg('Waar gaat het over?'),
    choices(ctx, 'radio', 'domain', DOMAINS, DOMAIN_LABELS[ctx.locale], (code) => ctx.answers.domain === code),
    msg('Kies wat het beste past.'),
  )
