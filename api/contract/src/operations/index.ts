import type * as z from 'zod/mini'
import type { OPERATION_PATHS, OperationId, PathArgs } from '../api-path.js'
import { ADMIN_OPERATIONS } from './admin.js'
import { AUTH_OPERATIONS } from './auth.js'
import { INBOX_OPERATIONS } from './inbox.js'
import type { Operation } from './operation.js'
import { RESIDENT_OPERATIONS } from './resident.js'
import { SERVICE_OPERATIONS } from './service.js'
import { SIGNAL_OPERATIONS } from './signals.js'
import { STATISTICS_OPERATIONS } from './statistics.js'

export type { Access, Operation, Tag } from './operation.js'
export type { OperationId } from '../api-path.js'

/**
 * Every operation of the API, by operationId: method and path (from `operation-paths`), who may call it, the schemas
 * of its input and answer, and what it does. The router registers it, the guard enforces it, the OpenAPI document
 * describes it and the clients call it. The router keeps this order, in which `/statistics/datapackage.json`
 * comes before `/statistics/{table}`.
 */
export const OPERATIONS = {
  ...RESIDENT_OPERATIONS,
  ...SERVICE_OPERATIONS,
  ...AUTH_OPERATIONS,
  ...INBOX_OPERATIONS,
  ...SIGNAL_OPERATIONS,
  ...ADMIN_OPERATIONS,
  ...STATISTICS_OPERATIONS,
} as const satisfies { readonly [Id in OperationId]: Operation & (typeof OPERATION_PATHS)[Id] }

export type Operations = typeof OPERATIONS

type Row<Id extends OperationId> = Operations[Id]

/** The JSON body an operation takes, as the client writes it. */
export type OperationBody<Id extends OperationId> = Row<Id> extends { readonly body: infer S extends z.ZodMiniType } ? z.input<S> : never

/** The query parameters an operation takes, as the client writes them. */
export type OperationQuery<Id extends OperationId> = Row<Id> extends { readonly query: infer S extends z.ZodMiniType } ? z.input<S> : never

/** What an operation answers with, as JSON; `void` when it has no JSON body. */
export type OperationResponse<Id extends OperationId> = Row<Id>['response'] extends { readonly schema: infer S extends z.ZodMiniType } ? z.output<S> : void

/** What a client passes to call an operation: the path's values, the query and the body, each where it has one. */
export type OperationRequest<Id extends OperationId> = (PathArgs<Row<Id>['path']> extends [] ? unknown : { readonly params: PathArgs<Row<Id>['path']>[0] }) &
  ([OperationQuery<Id>] extends [never] ? unknown : { readonly query?: OperationQuery<Id> }) &
  ([OperationBody<Id>] extends [never] ? unknown : { readonly body: OperationBody<Id> })
