import { apiPath } from '@klankbord/contract/api-path'
import * as paths from '@klankbord/contract/operation-paths'
import type { OperationBody, OperationResponse } from '@klankbord/contract/operations'
import { apiOrigin, request } from '../api-client.js'

type ConcernRoute = typeof paths.getConcernFollowUp | typeof paths.sendResidentMessage | typeof paths.getDataCopy | typeof paths.eraseConcern

/**
 * The resident's side of one concern. The follow-up code goes in a header on every call and never in a
 * URL, so it stays out of server logs, proxies and browser history.
 */
export function createFollowUpClient(base: string, reference: string, code: string, locale: string) {
  const url = (route: ConcernRoute) => apiOrigin(base) + apiPath(route, { reference })
  const headers = (extra?: Record<string, string>) => ({ 'Follow-Up-Code': code, 'Accept-Language': locale, ...extra })
  return {
    get: () => request<OperationResponse<'getConcernFollowUp'>>(url(paths.getConcernFollowUp), { headers: headers() }),
    sendMessage: (body: string, idempotencyKey: string) =>
      request<OperationResponse<'sendResidentMessage'>>(url(paths.sendResidentMessage), {
        method: paths.sendResidentMessage.method,
        headers: headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }),
        body: JSON.stringify({ body } satisfies OperationBody<'sendResidentMessage'>),
      }),
    dataCopy: () => request<OperationResponse<'getDataCopy'>>(url(paths.getDataCopy), { headers: headers() }),
    erase: () => request<OperationResponse<'eraseConcern'>>(url(paths.eraseConcern), { method: paths.eraseConcern.method, headers: headers() }),
  }
}
