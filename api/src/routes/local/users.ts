import type { Context } from 'hono'
import * as z from 'zod'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { parseBody } from '../../http/parse-input.js'
import { addUserFromCli } from '../../services/users/add-user-from-cli.js'

const LocalUserRequest = z.strictObject({
  email: z.string(),
  role: z.string(),
  name: z.string().optional(),
  municipalityIds: z.array(z.string()).optional(),
  baseUrl: z.string(),
})

/** POST /api/v1/local/users: `klankbord user add` through the running server. */
export function localUsersHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => c.json(await addUserFromCli(deps.store.db, await parseBody(c, LocalUserRequest), deps.now()), 201)
}
