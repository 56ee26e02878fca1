import type { Context } from 'hono'
import type { Problem as ProblemBody } from '@klankbord/contract'
import type { AppEnv } from '../app-deps.js'
import { preferredLocale } from './language.js'
import { Problem, PROBLEM_TYPES } from './problem.js'

export const PROBLEM_TYPE_BASE = 'urn:klankbord:problem:'

/** Renders a Problem as application/problem+json, with its explanation in the caller's language. */
export function renderProblem(c: Context<AppEnv>, problem: Problem): Response {
  const type = PROBLEM_TYPES[problem.kind]
  const locale = c.get('locale') ?? preferredLocale(c.req.header('Accept-Language'))
  const body: ProblemBody = {
    type: `${PROBLEM_TYPE_BASE}${problem.kind}`,
    title: type.title,
    status: type.status,
    detail: (problem.extra.detail ?? type.detail)[locale],
    instance: new URL(c.req.url).pathname,
    requestId: c.get('requestId'),
    ...(problem.extra.invalidParams ? { invalidParams: problem.extra.invalidParams } : {}),
    ...problem.extra.members,
  }
  return new Response(JSON.stringify(body), {
    status: type.status,
    headers: { 'Content-Type': 'application/problem+json', 'Content-Language': locale, ...problem.extra.headers },
  })
}
