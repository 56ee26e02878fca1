import type { AppDeps } from '../../app-deps.js'
import { eraseOnRequest } from '../../services/concerns/erase-on-request.js'
import { getDataCopy } from '../../services/concerns/get-data-copy.js'
import { getFollowUp } from '../../services/concerns/get-follow-up.js'
import { postResidentMessage } from '../../services/concerns/post-resident-message.js'
import type { OperationHandler } from '../operation-handler.js'
import { residentContext } from '../service-context.js'
import { followUpCredentials } from './credentials.js'

export const followUpHandler = (deps: AppDeps): OperationHandler<'getConcernFollowUp'> => async (c) => {
  const credentials = await followUpCredentials(c, deps)
  const followUp = await getFollowUp(residentContext(c, deps), credentials)
  if (!followUp) return credentials.failed()
  return c.json(followUp)
}

export const sendResidentMessageHandler = (deps: AppDeps): OperationHandler<'sendResidentMessage'> => async (c, input) => {
  const credentials = await followUpCredentials(c, deps)
  const { body } = await input.body()
  if (!(await postResidentMessage(residentContext(c, deps), credentials, body))) await credentials.failed()
  return c.body(null, 201)
}

export const getDataCopyHandler = (deps: AppDeps): OperationHandler<'getDataCopy'> => async (c) => {
  const credentials = await followUpCredentials(c, deps)
  const copy = await getDataCopy(residentContext(c, deps), credentials)
  if (!copy) return credentials.failed()
  return c.json(copy)
}

export const eraseConcernHandler = (deps: AppDeps): OperationHandler<'eraseConcern'> => async (c) => {
  const credentials = await followUpCredentials(c, deps)
  if (!(await eraseOnRequest(residentContext(c, deps), credentials))) await credentials.failed()
  return c.body(null, 204)
}
