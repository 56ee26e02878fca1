import { apiPath } from '@klankbord/contract/api-path'
import { createConcern } from '@klankbord/contract/operation-paths'
import type { OperationBody, OperationResponse } from '@klankbord/contract/operations'
import { apiOrigin, request } from './api-client.js'

/**
 * Sends a concern with the key generated once for it, so a retry after a lost answer stores nothing twice. Part of the
 * form's chunk: only a resident who reaches the review step needs it.
 */
export function sendConcern(base: string, input: OperationBody<'createConcern'>, locale: string, idempotencyKey: string) {
  return request<OperationResponse<'createConcern'>>(apiOrigin(base) + apiPath(createConcern), {
    method: createConcern.method,
    headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(input),
  })
}
