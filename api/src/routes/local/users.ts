import type { AppDeps } from '../../app-deps.js'
import { systemContext } from '../../services/shared/service-context.js'
import { addUserFromCli } from '../../services/users/add-user-from-cli.js'
import type { OperationHandler } from '../operation-handler.js'

/** `addUserLocal`: `klankbord user add` through the running server. */
export const localUsersHandler = (deps: AppDeps): OperationHandler<'addUserLocal'> => async (c, { body }) => c.json(await addUserFromCli(systemContext(deps), await body()), 201)
