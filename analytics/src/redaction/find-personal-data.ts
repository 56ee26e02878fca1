import type { PersonalDataHit } from '@klankbord/contract'
import type { Candidate, Detector } from './candidate.js'
import { detectAddresses } from './detectors/address.js'
import { detectBareNumbers } from './detectors/bare-number.js'
import { detectAges } from './detectors/age.js'
import { agesAfterNames } from './detectors/age-after-name.js'
import { ageContinuations } from './detectors/age-continuations.js'
import { placesAfterAddresses } from './detectors/place-after-address.js'
import { namesFromContext } from './names/name-context.js'
import { detectBsns } from './detectors/bsn.js'
import { detectCaseNumbers } from './detectors/case-number.js'
import { detectDates } from './detectors/date.js'
import { detectDocumentNumbers } from './detectors/document-number.js'
import { detectEmails } from './detectors/email.js'
import { detectIbans } from './detectors/iban.js'
import { detectLicencePlates } from './detectors/licence-plate.js'
import { detectNames } from './detectors/name.js'
import { detectRegisterNames } from './detectors/register-name.js'
import { detectPhones } from './detectors/phone.js'
import { detectPlaces } from './detectors/place.js'
import { detectPostcodes } from './detectors/postcode.js'
import { detectUrls } from './detectors/url.js'
import { resolveOverlaps } from './resolve-overlaps.js'
import { withModelHits } from './model/model-hits.js'
import { tokenize } from './names/tokenize.js'

const DETECTORS: readonly Detector[] = [
  detectEmails,
  detectUrls,
  detectIbans,
  detectBsns,
  detectPhones,
  detectCaseNumbers,
  detectDocumentNumbers,
  detectLicencePlates,
  detectDates,
  detectPostcodes,
  detectAddresses,
  detectAges,
  detectNames,
  detectRegisterNames,
  detectPlaces,
  detectBareNumbers,
]

/**
 * Personal data in Dutch (or English) free text: sorted, non-overlapping spans with UTF-16 offsets, end
 * exclusive. Rules and word lists first; then a small model trained on the labelled sets (an averaged perceptron
 * over the words, their neighbours, what the lists say of them and what the rules found) completes names, places
 * and ages the rules missed. Both are fast enough to run on every save.
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits = findPersonalDataByRules(text)
  return /\p{L}/u.test(text) ? withModelHits(text, tokenize(text), hits) : hits
}

/** The rules' hits alone: what the model is trained on top of. */
export function findPersonalDataByRules(text: string): PersonalDataHit[] {
  const candidates: Candidate[] = []
  for (const detect of DETECTORS) detect(text, candidates)
  let hits = resolveOverlaps(candidates)
  // Some names are known by the names around them, and an age by the person before it: both need the names found.
  const names = namesFromContext(text, hits)
  if (names.length > 0) hits = resolveOverlaps(candidates.concat(names))
  const ages = agesAfterNames(text, hits)
  if (ages.length > 0) hits = resolveOverlaps([...candidates, ...names, ...ages])
  // An age goes on (its second part, the next ages of a list); a place follows an address.
  const more = [...ageContinuations(text, hits), ...placesAfterAddresses(text, hits)]
  return more.length === 0 ? hits : resolveOverlaps([...candidates, ...names, ...ages, ...more])
}
