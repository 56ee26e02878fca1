import type { Context } from 'hono'
import type * as z from 'zod'
import type { AppEnv } from '../app-deps.js'
import { preferredLocale } from './language.js'
import { Problem } from './problem.js'
import { readJson } from './read-json.js'
import { toInvalidParams } from './validation-messages.js'

function validated<S extends z.ZodType>(c: Context<AppEnv>, schema: S, value: unknown): z.output<S> {
  const locale = c.get('locale') ?? preferredLocale(c.req.header('Accept-Language'))
  const parsed = schema.safeParse(value, { reportInput: true })
  if (!parsed.success) throw new Problem('validation-failed', { invalidParams: toInvalidParams(parsed.error.issues, locale) })
  return parsed.data
}

/** Reads and validates a JSON body: 415, 413, 400 with every invalid field, as for intake. */
export async function parseBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  return validated(c, schema, await readJson(c))
}

/** Validates the query string; unknown parameters are refused like unknown body fields. */
export function parseQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  return validated(c, schema, c.req.query())
}
