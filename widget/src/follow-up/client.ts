import type { ConcernDataCopy, ConcernFollowUp, ResidentMessageInput } from '@klankbord/contract'
import { apiRoot, request } from '../api-client.js'

/**
 * The resident's side of one concern. The follow-up code goes in a header on every call and never in a
 * URL, so it stays out of server logs, proxies and browser history.
 */
export function createFollowUpClient(base: string, reference: string, code: string, locale: string) {
  const concern = `${apiRoot(base)}/concerns/${encodeURIComponent(reference)}`
  const headers = (extra?: Record<string, string>) => ({ 'Follow-Up-Code': code, 'Accept-Language': locale, ...extra })
  return {
    get: () => request<ConcernFollowUp>(concern, { headers: headers() }),
    sendMessage: (body: string, idempotencyKey: string) =>
      request<void>(`${concern}/messages`, {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }),
        body: JSON.stringify({ body } satisfies ResidentMessageInput),
      }),
    dataCopy: () => request<ConcernDataCopy>(`${concern}/data`, { headers: headers() }),
    erase: () => request<void>(`${concern}/erasure`, { method: 'POST', headers: headers() }),
  }
}
