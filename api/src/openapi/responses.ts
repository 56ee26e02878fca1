import { PROBLEM_TYPES } from '../http/problem.js'
import type { ProblemKind } from '@klankbord/contract'

export const API_VERSION_HEADER = { 'API-Version': { $ref: '#/components/headers/API-Version' } }

/** A JSON success response with the API-Version header the Design Rules require. */
export function ok(description: string, schemaRef: string, extraHeaders: Record<string, unknown> = {}) {
  return {
    description,
    headers: { ...API_VERSION_HEADER, ...extraHeaders },
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
  }
}

/** An error response, listing which problem types it can carry. */
export function problem(kinds: ProblemKind[]) {
  const explained = kinds.map((kind) => `\`${kind}\`: ${PROBLEM_TYPES[kind].detail.nl}`).join('\n- ')
  return {
    description: `Fout (problem+json). Mogelijke soorten:\n- ${explained}`,
    headers: API_VERSION_HEADER,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  }
}
