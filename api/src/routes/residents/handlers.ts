import type { AppDeps } from '../../app-deps.js'
import { getFollowUp } from '../../services/concerns/get-follow-up.js'
import { dataCopy, eraseOnRequest, postResidentMessage } from '../../services/concerns/resident-actions.js'
import type { OperationHandler } from '../operation-handler.js'
import { residentTrace } from '../request-trace.js'
import { followUpCredentials } from './credentials.js'

const residentDeps = (deps: AppDeps) => ({ db: deps.store.db, cipher: deps.cipher, followUp: deps.followUp, now: deps.now })

export const followUpHandler = (deps: AppDeps): OperationHandler<'getConcernFollowUp'> => async (c) => {
  const { reference, code, failed } = followUpCredentials(c, deps)
  const followUp = await getFollowUp(deps, reference, code, residentTrace(c, deps))
  if (!followUp) return failed()
  return c.json(followUp)
}

export const sendResidentMessageHandler = (deps: AppDeps): OperationHandler<'sendResidentMessage'> => async (c, input) => {
  const { reference, code, failed } = followUpCredentials(c, deps)
  const { body } = await input.body()
  if (!(await postResidentMessage(residentDeps(deps), reference, code, body, residentTrace(c, deps)))) failed()
  return c.body(null, 201)
}

export const getDataCopyHandler = (deps: AppDeps): OperationHandler<'getDataCopy'> => async (c) => {
  const { reference, code, failed } = followUpCredentials(c, deps)
  const copy = await dataCopy(residentDeps(deps), reference, code, residentTrace(c, deps))
  if (!copy) return failed()
  return c.json(copy)
}

export const eraseConcernHandler = (deps: AppDeps): OperationHandler<'eraseConcern'> => async (c) => {
  const { reference, code, failed } = followUpCredentials(c, deps)
  if (!(await eraseOnRequest(residentDeps(deps), reference, code, residentTrace(c, deps)))) failed()
  return c.body(null, 204)
}
