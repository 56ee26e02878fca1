import { API_ROOT } from '@klankbord/contract/api-path'
import { OPERATIONS, type Operation, type OperationId } from '@klankbord/contract/operations'
import type { Hono, MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { guard } from '../auth/guard.js'
import { openCors, partnerCors } from '../http/cors.js'
import { operationInput } from '../http/operation-input.js'
import { plainPathParams } from '../http/plain-path-params.js'
import type { OperationHandler } from './operation-handler.js'
import { OPERATION_HANDLERS } from './operation-handlers.js'

/** `/inbox/concerns/{id}` → `/api/v1/inbox/concerns/:id` */
export function honoPath(op: Operation): string {
  return `${API_ROOT}${op.path.replace(/\{(\w+)\}/g, ':$1')}`
}

/**
 * Registers every operation of the table, in its order: CORS per path (answering the preflight too), then the guard
 * with the row's access, then the check of path values, then the handler with its input read by the row's schemas.
 */
export function registerOperations(app: Hono<AppEnv>, deps: AppDeps): void {
  const rows = Object.entries(OPERATIONS) as [OperationId, Operation][]
  const cors: Record<NonNullable<Operation['cors']>, MiddlewareHandler> = { partners: partnerCors(() => deps.partners.allowedOrigins()), anyone: openCors() }
  const withCors = new Set<string>()
  for (const [, op] of rows) {
    if (!op.cors || withCors.has(honoPath(op))) continue
    withCors.add(honoPath(op))
    app.use(honoPath(op), cors[op.cors])
  }
  for (const [id, op] of rows) {
    const handler = (OPERATION_HANDLERS[id] as (deps: AppDeps) => OperationHandler<OperationId>)(deps)
    app.on(op.method, honoPath(op), guard(op, deps), plainPathParams(), (c) => handler(c, operationInput(c, op) as never))
  }
}
