import type { AppDeps } from '../../app-deps.js'
import { addUserFromCli } from '../../services/users/add-user-from-cli.js'
import type { OperationHandler } from '../operation-handler.js'

/** `addUserLocal`: `klankbord user add` through the running server. */
export const localUsersHandler = (deps: AppDeps): OperationHandler<'addUserLocal'> => async (c, { body }) => c.json(await addUserFromCli(deps.store.db, await body(), deps.now()), 201)
