import type { AppDeps } from '../../app-deps.js'
import { listConcerns } from '../../services/concerns/list-concerns.js'
import { systemContext } from '../../services/shared/service-context.js'
import type { OperationHandler } from '../operation-handler.js'

/** `listConcernsLocal`: the concerns list for `klankbord concerns list`. */
export const localConcernsHandler = (deps: AppDeps): OperationHandler<'listConcernsLocal'> => async (c, { query }) => c.json(await listConcerns(systemContext(deps), query()))
