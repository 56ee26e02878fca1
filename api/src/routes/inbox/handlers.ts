import type { Operations } from '@klankbord/contract/operations'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import type { OperationInput } from '../../http/operation-input.js'
import { assignCase } from '../../services/concerns/assign-case.js'
import { changeStatus } from '../../services/concerns/change-status.js'
import { getCase } from '../../services/concerns/get-case.js'
import { inboxVersion, listInbox } from '../../services/concerns/list-inbox.js'
import { logCaseEvent, type CaseEventInput } from '../../services/concerns/log-case-event.js'
import { sendMessage } from '../../services/concerns/send-message.js'
import { confidantIntake } from '../../services/intake/confidant-intake.js'
import { partnersOf } from '../../services/partners/partners-of.js'
import { listConfidants } from '../../services/users/list-confidants.js'
import type { OperationHandler } from '../operation-handler.js'
import { staffContext } from '../service-context.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listInboxHandler = (deps: AppDeps): OperationHandler<'listInbox'> => async (c, { query }) => c.json(await listInbox(staffContext(c, deps), query()))

export const inboxVersionHandler = (deps: AppDeps): Handler => async (c) => c.json({ version: await inboxVersion(staffContext(c, deps)) })

export const createIntakeHandler = (deps: AppDeps): OperationHandler<'createIntake'> => async (c, { body }) => {
  const context = staffContext(c, deps)
  return c.json(await confidantIntake(context, await body()), 201)
}

export const getCaseHandler = (deps: AppDeps): Handler => async (c) => {
  const detail = await getCase(staffContext(c, deps), c.req.param('id') ?? '')
  if (!detail) throw new Problem('not-found')
  // Decrypted personal data must not linger in any cache.
  c.header('Cache-Control', 'no-store')
  return c.json(detail)
}

export const changeStatusHandler = (deps: AppDeps): OperationHandler<'changeStatus'> => async (c, { body }) => {
  const input = await body()
  await changeStatus(staffContext(c, deps), c.req.param('id') ?? '', input)
  return c.body(null, 204)
}

export const assignCaseHandler = (deps: AppDeps): OperationHandler<'assignCase'> => async (c, { body }) => {
  const { assigneeId } = await body()
  await assignCase(staffContext(c, deps), c.req.param('id') ?? '', assigneeId)
  return c.body(null, 204)
}

type EventOperation = 'addNote' | 'logContact' | 'logTime' | 'recordConsent'

/** Each kind of event on a case's timeline: its body, read with its own row's schema, becomes the event. */
function eventHandler<Id extends EventOperation>(deps: AppDeps, read: (input: OperationInput<Operations[Id]>) => Promise<CaseEventInput>): OperationHandler<Id> {
  return async (c, input) => {
    const event = await read(input)
    const id = await logCaseEvent(staffContext(c, deps), c.req.param('id') ?? '', event)
    return c.json({ id }, 201)
  }
}

export const addNoteHandler = (deps: AppDeps) => eventHandler<'addNote'>(deps, async ({ body }) => ({ type: 'note', text: (await body()).text }))
export const logContactHandler = (deps: AppDeps) => eventHandler<'logContact'>(deps, async ({ body }) => ({ type: 'contact', contact: await body() }))
export const logTimeHandler = (deps: AppDeps) => eventHandler<'logTime'>(deps, async ({ body }) => ({ type: 'time', ...(await body()) }))
export const recordConsentHandler = (deps: AppDeps) => eventHandler<'recordConsent'>(deps, async ({ body }) => ({ type: 'consent', ...(await body()) }))

export const sendMessageHandler = (deps: AppDeps): OperationHandler<'sendMessage'> => async (c, input) => {
  const { body } = await input.body()
  const id = await sendMessage(staffContext(c, deps), c.req.param('id') ?? '', body)
  return c.json({ id }, 201)
}

export const listConfidantsHandler = (deps: AppDeps): Handler => async (c) => {
  const context = staffContext(c, deps)
  return c.json({ items: await listConfidants(context, context.user.municipalityIds) })
}

export const listInboxPartnersHandler = (deps: AppDeps): Handler => async (c) => {
  const context = staffContext(c, deps)
  return c.json({ items: await partnersOf(context, context.user.municipalityIds) })
}
