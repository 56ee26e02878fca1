import { Challenge } from '../challenge.js'
import { ConcernCreated, ConcernDataCopy, ConcernFollowUp, ConcernInput, ResidentMessageInput } from '../concern.js'
import * as paths from '../operation-paths/index.js'
import { PartnerInfo } from '../partner.js'
import type { OperationRows } from './operation.js'
import { FollowUpHeaders, IdempotencyHeaders, PartnerKeyParams, ReferenceParams } from './parameters.js'

/** What every resident operation shares: no login, and browsers may call it from the partners' registered origins. */
const forResidents = <const P extends object, const F extends object>(path: P, fields: F) => ({ ...path, access: 'public', cors: 'partners', ...fields }) as const

/**
 * What the operations on the resident's own concern share as well: the reference in the path, and the follow-up
 * code in a header, which proves the concern is theirs.
 */
const onOwnConcern = <const P extends object, const F extends object>(path: P, fields: F) =>
  forResidents(path, { tag: 'Meldingen', params: ReferenceParams, headers: FollowUpHeaders, ...fields })

/** What the widget and /volg call. */
export const RESIDENT_OPERATIONS = {
  createConcern: forResidents(paths.createConcern, {
    tag: 'Meldingen',
    summary: 'Een melding doen',
    description:
      'Slaat de melding duurzaam en versleuteld op. Stuur een `Idempotency-Key` mee: een herhaald verzoek met dezelfde sleutel en gegevens geeft hetzelfde antwoord en slaat niets dubbel op.',
    headers: IdempotencyHeaders,
    body: ConcernInput,
    response: { status: 201, schema: ConcernCreated, description: 'Melding ontvangen. Bewaar de volgcode goed; die wordt maar één keer getoond.', headers: { Location: 'Adres van de melding.' } },
    problems: ['unknown-partner', 'pow-failed', 'spam-suspected', 'origin-not-allowed', 'idempotency-conflict', 'rate-limited', 'internal', 'unavailable'],
  }),
  getConcernFollowUp: onOwnConcern(paths.getConcernFollowUp, {
    summary: 'Een melding volgen',
    description:
      'Met kenmerk en volgcode. Een onbekend kenmerk en een verkeerde code geven hetzelfde antwoord. Geeft de stand van zaken (ontvangen, eerste contact, in behandeling, afgesloten met de uitkomst), de laatste dag voor bezwaar als de datum van het besluit bekend is, en na afsluiten waar de inwoner nog terecht kan.',
    response: { status: 200, schema: ConcernFollowUp, description: 'Stand van zaken, vervolgstappen en berichten.' },
    problems: ['rate-limited'],
  }),
  sendResidentMessage: onOwnConcern(paths.sendResidentMessage, {
    summary: 'Een bericht sturen aan de vertrouwenspersoon',
    body: ResidentMessageInput,
    response: { status: 201, schema: null, description: 'Bericht ontvangen.' },
    problems: ['conflict', 'rate-limited'],
    personalData: true,
  }),
  getDataCopy: onOwnConcern(paths.getDataCopy, {
    summary: 'Een kopie van mijn gegevens',
    response: { status: 200, schema: ConcernDataCopy, description: 'Alles wat bij deze melding is opgeslagen.' },
    problems: ['rate-limited'],
    personalData: true,
  }),
  eraseConcern: onOwnConcern(paths.eraseConcern, {
    summary: 'Mijn gegevens laten wissen',
    description: 'Wist contactgegevens, tekst en berichten. Wat overblijft zijn codes en datums, zonder iets dat naar de inwoner wijst.',
    response: { status: 204, schema: null, description: 'De persoonsgegevens zijn gewist.' },
    problems: ['rate-limited'],
    personalData: true,
  }),
  getChallenge: forResidents(paths.getChallenge, {
    tag: 'Widget',
    summary: 'Een rekenopgave tegen spam ophalen',
    response: { status: 200, schema: Challenge, description: 'Een nieuwe opgave, 15 minuten geldig.' },
    problems: ['rate-limited'],
  }),
  getPartner: forResidents(paths.getPartner, {
    tag: 'Widget',
    summary: 'Gegevens van een partnerwebsite',
    params: PartnerKeyParams,
    response: { status: 200, schema: PartnerInfo, description: 'Partner en gemeente.' },
    problems: ['unknown-partner', 'origin-not-allowed'],
  }),
} as const satisfies OperationRows
