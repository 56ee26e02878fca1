import { PROBLEM_TYPES } from '../http/problem.js'
import type { ProblemKind } from '@klankbord/contract'

export const API_VERSION_HEADER = { 'API-Version': { $ref: '#/components/headers/API-Version' } }

/** An error response, listing which problem types it can carry. */
export function problem(kinds: ProblemKind[]) {
  const explained = kinds.map((kind) => `\`${kind}\`: ${PROBLEM_TYPES[kind].detail.nl}`).join('\n- ')
  return {
    description: `Fout (problem+json). Mogelijke soorten:\n- ${explained}`,
    headers: API_VERSION_HEADER,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  }
}
