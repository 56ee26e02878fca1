import { DOMAINS, type Domain } from '@klankbord/contract/vocabulary'

/** What the signals view's new-signal form starts with, when it is opened from a case. */
export type SignalDraft = { concernId?: string; reference?: string; municipalityId?: string; domain?: Domain }

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function signalDraftFromParams(params: URLSearchParams): SignalDraft {
  const draft: SignalDraft = {}
  const concernId = params.get('concern')
  if (concernId && ID_PATTERN.test(concernId)) draft.concernId = concernId
  const reference = params.get('reference')
  if (reference && /^[A-Z0-9-]{1,20}$/.test(reference)) draft.reference = reference
  const municipalityId = params.get('municipality')
  if (municipalityId && ID_PATTERN.test(municipalityId)) draft.municipalityId = municipalityId
  const domain = params.get('domain')
  if (domain && (DOMAINS as readonly string[]).includes(domain)) draft.domain = domain as Domain
  return draft
}

export function signalDraftToParams(draft: SignalDraft): URLSearchParams {
  const params = new URLSearchParams()
  if (draft.concernId) params.set('concern', draft.concernId)
  if (draft.reference) params.set('reference', draft.reference)
  if (draft.municipalityId) params.set('municipality', draft.municipalityId)
  if (draft.domain) params.set('domain', draft.domain)
  return params
}
