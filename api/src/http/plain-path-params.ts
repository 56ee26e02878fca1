import { singleLine } from '@klankbord/contract'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-deps.js'
import { Problem } from './problem.js'

const PathParam = singleLine({ trim: false })

/** An id or key in the path with a control character names nothing, and PostgreSQL would refuse its NUL with a 500. */
export const plainPathParams = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  for (const value of Object.values(c.req.param() as Record<string, string>)) if (!PathParam.safeParse(value).success) throw new Problem('not-found')
  await next()
}
