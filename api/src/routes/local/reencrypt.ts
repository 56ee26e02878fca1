import type { AppDeps } from '../../app-deps.js'
import { reencryptBatch } from '../../services/keys/reencrypt.js'
import type { OperationHandler } from '../operation-handler.js'

/** `reencryptLocal`: `klankbord keys rotate` through the server; it reads the key files first, so it writes under the new key from now on. */
export const localReencryptHandler = (deps: AppDeps): OperationHandler<'reencryptLocal'> => async (c, { body }) => {
  const { limit } = await body()
  deps.keys.reload()
  return c.json(await reencryptBatch(deps.store.db, deps.cipher, deps.keys, limit))
}
