import type { Operation } from '@klankbord/contract/operations'
import type { Context } from 'hono'
import type * as z from 'zod/mini'
import type { AppEnv } from '../app-deps.js'
import { preferredLocale } from './language.js'
import { Problem } from './problem.js'
import { readJson } from './read-json.js'
import { toInvalidParams } from './validation-messages.js'

/**
 * A handler's input, read and validated with the schemas of its row in the operations table, so the two cannot
 * disagree. Each part is read when the handler asks, so its own checks (a rate limit, a header) keep their order.
 */
export type OperationInput<Op extends Operation> = {
  /** The JSON body: 415, 413, 400 for invalid JSON, then 400 with every invalid field. `inspect` sees the parsed JSON before validation. */
  readonly body: Op extends { readonly body: infer S extends z.ZodMiniType } ? (inspect?: (json: unknown) => void) => Promise<z.output<S>> : never
  /** The query string; unknown parameters are refused like unknown body fields. */
  readonly query: Op extends { readonly query: infer S extends z.ZodMiniType } ? () => z.output<S> : never
  /** The path's values. */
  readonly params: Op extends { readonly params: infer S extends z.ZodMiniType } ? () => z.output<S> : never
}

function validated(c: Context<AppEnv>, schema: z.ZodMiniType | undefined, value: unknown): unknown {
  // The handler's type offers only the parts its row has, so a missing schema is a programming error.
  if (!schema) throw new Error('This operation has no schema for that part of the request')
  const locale = c.get('locale') ?? preferredLocale(c.req.header('Accept-Language'))
  const parsed = schema.safeParse(value, { reportInput: true })
  if (!parsed.success) throw new Problem('validation-failed', { invalidParams: toInvalidParams(parsed.error.issues, locale) })
  return parsed.data
}

export function operationInput<Op extends Operation>(c: Context<AppEnv>, op: Op): OperationInput<Op> {
  const input = {
    body: async (inspect?: (json: unknown) => void) => {
      const json = await readJson(c)
      inspect?.(json)
      return validated(c, op.body, json)
    },
    query: () => validated(c, op.query, c.req.query()),
    params: () => validated(c, op.params, c.req.param()),
  }
  return input as unknown as OperationInput<Op>
}
