import { Challenge } from '../challenge.js'
import { ConcernCreated, ConcernDataCopy, ConcernFollowUp, ConcernInput, ResidentMessageInput } from '../concern.js'
import * as paths from '../operation-paths/index.js'
import { PartnerInfo } from '../partner.js'
import type { OperationRows } from './operation.js'
import { FollowUpHeaders, IdempotencyHeaders, PartnerKeyParams, ReferenceParams } from './parameters.js'

/** What the widget and /volg call: no login, CORS for the partners' registered origins. */
export const RESIDENT_OPERATIONS = {
  createConcern: {
    ...paths.createConcern,
    access: 'public',
    tag: 'Meldingen',
    summary: 'Een melding doen',
    description:
      'Slaat de melding duurzaam en versleuteld op. Stuur een `Idempotency-Key` mee: een herhaald verzoek met dezelfde sleutel en gegevens geeft hetzelfde antwoord en slaat niets dubbel op.',
    headers: IdempotencyHeaders,
    body: ConcernInput,
    response: { status: 201, schema: ConcernCreated, description: 'Melding ontvangen. Bewaar de volgcode goed; die wordt maar één keer getoond.', headers: { Location: 'Adres van de melding.' } },
    problems: ['unknown-partner', 'pow-failed', 'spam-suspected', 'origin-not-allowed', 'idempotency-conflict', 'rate-limited', 'internal', 'unavailable'],
    cors: 'partners',
  },
  getConcernFollowUp: {
    ...paths.getConcernFollowUp,
    access: 'public',
    tag: 'Meldingen',
    summary: 'Een melding volgen',
    description:
      'Met kenmerk en volgcode. Een onbekend kenmerk en een verkeerde code geven hetzelfde antwoord. Geeft de stand van zaken (ontvangen, eerste contact, in behandeling, afgesloten met de uitkomst), de laatste dag voor bezwaar als de datum van het besluit bekend is, en na afsluiten waar de inwoner nog terecht kan.',
    params: ReferenceParams,
    headers: FollowUpHeaders,
    response: { status: 200, schema: ConcernFollowUp, description: 'Stand van zaken, vervolgstappen en berichten.' },
    problems: ['rate-limited'],
    cors: 'partners',
  },
  sendResidentMessage: {
    ...paths.sendResidentMessage,
    access: 'public',
    tag: 'Meldingen',
    summary: 'Een bericht sturen aan de vertrouwenspersoon',
    params: ReferenceParams,
    headers: FollowUpHeaders,
    body: ResidentMessageInput,
    response: { status: 201, schema: null, description: 'Bericht ontvangen.' },
    problems: ['conflict', 'rate-limited'],
    cors: 'partners',
    personalData: true,
  },
  getDataCopy: {
    ...paths.getDataCopy,
    access: 'public',
    tag: 'Meldingen',
    summary: 'Een kopie van mijn gegevens',
    params: ReferenceParams,
    headers: FollowUpHeaders,
    response: { status: 200, schema: ConcernDataCopy, description: 'Alles wat bij deze melding is opgeslagen.' },
    problems: ['rate-limited'],
    cors: 'partners',
    personalData: true,
  },
  eraseConcern: {
    ...paths.eraseConcern,
    access: 'public',
    tag: 'Meldingen',
    summary: 'Mijn gegevens laten wissen',
    description: 'Wist contactgegevens, tekst en berichten. Wat overblijft zijn codes en datums, zonder iets dat naar de inwoner wijst.',
    params: ReferenceParams,
    headers: FollowUpHeaders,
    response: { status: 204, schema: null, description: 'De persoonsgegevens zijn gewist.' },
    problems: ['rate-limited'],
    cors: 'partners',
    personalData: true,
  },
  getChallenge: {
    ...paths.getChallenge,
    access: 'public',
    tag: 'Widget',
    summary: 'Een rekenopgave tegen spam ophalen',
    response: { status: 200, schema: Challenge, description: 'Een nieuwe opgave, 15 minuten geldig.' },
    problems: ['rate-limited'],
    cors: 'partners',
  },
  getPartner: {
    ...paths.getPartner,
    access: 'public',
    tag: 'Widget',
    summary: 'Gegevens van een partnerwebsite',
    params: PartnerKeyParams,
    response: { status: 200, schema: PartnerInfo, description: 'Partner en gemeente.' },
    problems: ['unknown-partner', 'origin-not-allowed'],
    cors: 'partners',
  },
} as const satisfies OperationRows
