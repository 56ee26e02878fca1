import type { OperationId, Operations } from '@klankbord/contract/operations'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import type { OperationInput } from '../http/operation-input.js'

/** The handler of one row of the operations table: its input is typed, read and validated from that row. */
export type OperationHandler<Id extends OperationId> = (c: Context<AppEnv>, input: OperationInput<Operations[Id]>) => Response | Promise<Response>

/** Every operation's handler, made once from the app's dependencies. */
export type OperationHandlers = { readonly [Id in OperationId]: (deps: AppDeps) => OperationHandler<Id> }
