import { DOMAINS, type Domain } from '@klankbord/contract/vocabulary'
import { codeParam, hashParams, idParam, withoutUndefined } from './hash-params.js'

/** What the signals view's new-signal form starts with, when it is opened from a case. */
export type SignalDraft = { concernId?: string; reference?: string; municipalityId?: string; domain?: Domain }

const REFERENCE_PATTERN = /^[A-Z0-9-]{1,20}$/

export function signalDraftFromParams(params: URLSearchParams): SignalDraft {
  const reference = params.get('reference')
  return withoutUndefined({
    concernId: idParam(params.get('concern')),
    reference: reference && REFERENCE_PATTERN.test(reference) ? reference : undefined,
    municipalityId: idParam(params.get('municipality')),
    domain: codeParam(DOMAINS, params.get('domain')),
  })
}

export const signalDraftToParams = (draft: SignalDraft): URLSearchParams =>
  hashParams([
    ['concern', draft.concernId],
    ['reference', draft.reference],
    ['municipality', draft.municipalityId],
    ['domain', draft.domain],
  ])
