import type { Operations } from '@klankbord/contract/operations'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { Problem } from '../../http/problem.js'
import { assignCase, confidantsFor } from '../../services/concerns/assign-case.js'
import { partnersOf } from '../../services/partners/partners-of.js'
import { changeStatus } from '../../services/concerns/change-status.js'
import { confidantIntake } from '../../services/intake/confidant-intake.js'
import { getCase } from '../../services/concerns/get-case.js'
import { inboxVersion, listInbox } from '../../services/concerns/list-inbox.js'
import { logCaseEvent, type CaseEventInput } from '../../services/concerns/log-case-event.js'
import { sendMessage } from '../../services/concerns/send-message.js'
import type { OperationInput } from '../../http/operation-input.js'
import type { OperationHandler } from '../operation-handler.js'
import { requestTrace } from '../request-trace.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listInboxHandler = (deps: AppDeps): OperationHandler<'listInbox'> => async (c, { query }) => c.json(await listInbox(deps.store.db, signedIn(c).user, query(), deps.now()))

export const inboxVersionHandler = (deps: AppDeps): Handler => async (c) => c.json({ version: await inboxVersion(deps.store.db, signedIn(c).user) })

export const createIntakeHandler = (deps: AppDeps): OperationHandler<'createIntake'> => async (c, { body }) => {
  const { user } = signedIn(c)
  return c.json(await confidantIntake(deps, user, await body(), requestTrace(c, deps)), 201)
}

export const getCaseHandler = (deps: AppDeps): Handler => async (c) => {
  const detail = await getCase({ db: deps.store.db, cipher: deps.cipher, now: deps.now, mailConfigured: deps.mailer !== undefined }, signedIn(c).user, c.req.param('id') ?? '', requestTrace(c, deps))
  if (!detail) throw new Problem('not-found')
  // Decrypted personal data must not linger in any cache.
  c.header('Cache-Control', 'no-store')
  return c.json(detail)
}

export const changeStatusHandler = (deps: AppDeps): OperationHandler<'changeStatus'> => async (c, { body }) => {
  const input = await body()
  await changeStatus(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', input, deps.now(), requestTrace(c, deps))
  return c.body(null, 204)
}

export const assignCaseHandler = (deps: AppDeps): OperationHandler<'assignCase'> => async (c, { body }) => {
  const { assigneeId } = await body()
  await assignCase(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', assigneeId, deps.now(), requestTrace(c, deps))
  return c.body(null, 204)
}

type EventOperation = 'addNote' | 'logContact' | 'logTime' | 'recordConsent'

/** Each kind of event on a case's timeline: its body, read with its own row's schema, becomes the event. */
function eventHandler<Id extends EventOperation>(deps: AppDeps, read: (input: OperationInput<Operations[Id]>) => Promise<CaseEventInput>): OperationHandler<Id> {
  return async (c, input) => {
    const event = await read(input)
    const id = await logCaseEvent(deps.store.db, deps.cipher, signedIn(c).user, c.req.param('id') ?? '', event, deps.now(), requestTrace(c, deps))
    return c.json({ id }, 201)
  }
}

export const addNoteHandler = (deps: AppDeps) => eventHandler<'addNote'>(deps, async ({ body }) => ({ type: 'note', text: (await body()).text }))
export const logContactHandler = (deps: AppDeps) => eventHandler<'logContact'>(deps, async ({ body }) => ({ type: 'contact', contact: await body() }))
export const logTimeHandler = (deps: AppDeps) => eventHandler<'logTime'>(deps, async ({ body }) => ({ type: 'time', ...(await body()) }))
export const recordConsentHandler = (deps: AppDeps) => eventHandler<'recordConsent'>(deps, async ({ body }) => ({ type: 'consent', ...(await body()) }))

export const sendMessageHandler = (deps: AppDeps): OperationHandler<'sendMessage'> => async (c, input) => {
  const { body } = await input.body()
  const id = await sendMessage({ db: deps.store.db, cipher: deps.cipher, mailer: deps.mailer, log: deps.log, now: deps.now }, signedIn(c).user, c.req.param('id') ?? '', body, requestTrace(c, deps))
  return c.json({ id }, 201)
}

export const listConfidantsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await confidantsFor(deps.store.db, signedIn(c).user.municipalityIds) })

export const listInboxPartnersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await partnersOf(deps.store.db, signedIn(c).user.municipalityIds) })
