import { AssignInput, ConfidantIntakeInput, ConsentInput, ContactLogInput, InboxQuery, MessageInput, NoteInput, StatusChangeInput, TimeLogInput } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { parseBody, parseQuery } from '../../http/parse-input.js'
import { Problem } from '../../http/problem.js'
import { assignCase, confidantsFor } from '../../services/cases/assign-case.js'
import { partnersOf } from '../../services/cases/partners-of.js'
import { changeStatus } from '../../services/cases/change-status.js'
import { confidantIntake } from '../../services/cases/confidant-intake.js'
import { getCase } from '../../services/cases/get-case.js'
import { inboxVersion, listInbox } from '../../services/cases/list-inbox.js'
import { logCaseEvent, type CaseEventInput } from '../../services/cases/log-event.js'
import { sendMessage } from '../../services/cases/send-message.js'
import { requestTrace } from '../request-trace.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listInboxHandler = (deps: AppDeps): Handler => async (c) => c.json(await listInbox(deps.store.db, signedIn(c).user, parseQuery(c, InboxQuery), deps.now()))

export const inboxVersionHandler = (deps: AppDeps): Handler => async (c) => c.json({ version: await inboxVersion(deps.store.db, signedIn(c).user) })

export const createIntakeHandler = (deps: AppDeps): Handler => async (c) => {
  const { user } = signedIn(c)
  const body = await parseBody(c, ConfidantIntakeInput)
  return c.json(await confidantIntake(deps, user, body, requestTrace(c, deps)), 201)
}

export const getCaseHandler = (deps: AppDeps): Handler => async (c) => {
  const detail = await getCase({ db: deps.store.db, cipher: deps.cipher, now: deps.now, mailConfigured: deps.mailer !== undefined }, signedIn(c).user, c.req.param('id') ?? '', requestTrace(c, deps))
  if (!detail) throw new Problem('not-found')
  // Decrypted personal data must not linger in any cache.
  c.header('Cache-Control', 'no-store')
  return c.json(detail)
}

export const changeStatusHandler = (deps: AppDeps): Handler => async (c) => {
  const input = await parseBody(c, StatusChangeInput)
  await changeStatus(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', input, deps.now(), requestTrace(c, deps))
  return c.body(null, 204)
}

export const assignCaseHandler = (deps: AppDeps): Handler => async (c) => {
  const { assigneeId } = await parseBody(c, AssignInput)
  await assignCase(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', assigneeId, deps.now(), requestTrace(c, deps))
  return c.body(null, 204)
}

function eventHandler(deps: AppDeps, read: (c: Context<AppEnv>) => Promise<CaseEventInput>): Handler {
  return async (c) => {
    const input = await read(c)
    const id = await logCaseEvent(deps.store.db, deps.cipher, signedIn(c).user, c.req.param('id') ?? '', input, deps.now(), requestTrace(c, deps))
    return c.json({ id }, 201)
  }
}

export const addNoteHandler = (deps: AppDeps) => eventHandler(deps, async (c) => ({ type: 'note', text: (await parseBody(c, NoteInput)).text }))
export const logContactHandler = (deps: AppDeps) => eventHandler(deps, async (c) => ({ type: 'contact', contact: await parseBody(c, ContactLogInput) }))
export const logTimeHandler = (deps: AppDeps) => eventHandler(deps, async (c) => ({ type: 'time', ...(await parseBody(c, TimeLogInput)) }))
export const recordConsentHandler = (deps: AppDeps) => eventHandler(deps, async (c) => ({ type: 'consent', ...(await parseBody(c, ConsentInput)) }))

export const sendMessageHandler = (deps: AppDeps): Handler => async (c) => {
  const { body } = await parseBody(c, MessageInput)
  const id = await sendMessage({ db: deps.store.db, cipher: deps.cipher, mailer: deps.mailer, log: deps.log, now: deps.now }, signedIn(c).user, c.req.param('id') ?? '', body, requestTrace(c, deps))
  return c.json({ id }, 201)
}

export const listConfidantsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await confidantsFor(deps.store.db, signedIn(c).user.municipalityIds) })

export const listInboxPartnersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await partnersOf(deps.store.db, signedIn(c).user.municipalityIds) })
