import type { PersonalDataType } from '@klankbord/contract'

/** A possible hit before overlaps are resolved; on overlap the higher priority wins, then the longer span. */
export type Candidate = { type: PersonalDataType; start: number; end: number; priority: number }

/** Every detector has this shape, so find-personal-data can run them in one loop. */
export type Detector = (text: string, out: Candidate[]) => void

// Checksummed and strongly shaped formats outrank loose ones: a valid IBAN beats the phone-like digits inside it.
export const PRIORITY = {
  EMAIL: 100,
  URL: 95,
  IBAN: 90,
  BSN_WITH_KEYWORD: 85,
  CASE_NUMBER_WITH_KEYWORD: 80,
  TELEFOON: 75,
  BSN: 70,
  KENTEKEN: 65,
  DOCUMENTNUMMER: 62,
  DATUM: 60,
  POSTCODE: 55,
  ADRES: 50,
  LEEFTIJD: 45,
  CASE_NUMBER_SHAPE: 42,
  NAAM: 40,
  // A surname that is also a village ("meneer Heijen") is a name.
  PLAATS: 39,
  BARE_NUMBER: 30,
} as const
