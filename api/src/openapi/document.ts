import * as contract from '@klankbord/contract'
import * as z from 'zod'
import { API_VERSION } from '../http/security-headers.js'
import { operationPaths, SESSION_SCHEME } from './operation-paths.js'
import { API_VERSION_HEADER, ok, problem } from './responses.js'

/**
 * Every contract schema that carries an id (set with `.meta({ id })`, which puts it in zod's global
 * registry), as OpenAPI 3.0 components; nested ones become $refs.
 */
function componentSchemas(): Record<string, unknown> {
  // Referencing the contract makes sure every schema module has run and registered itself.
  void [contract.ConcernInput, contract.ConcernCreated, contract.ConcernFollowUp, contract.ConcernSummary, contract.Challenge, contract.PartnerInfo, contract.Problem, contract.SessionInfo, contract.InboxList, contract.AuditList, contract.StatisticsList, contract.StatisticsTable]
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'openapi-3.0', io: 'input', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' })
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutId(schema as Record<string, unknown>)]))
}

/** OpenAPI 3.0 schema objects have no $id. */
function withoutId(schema: Record<string, unknown>): Record<string, unknown> {
  const { $id: _id, ...rest } = schema
  return rest
}

const reference = {
  name: 'reference',
  in: 'path',
  required: true,
  description: 'Kenmerk van de melding, bijvoorbeeld KB-7Q4M-X2PD.',
  schema: { type: 'string', pattern: contract.REFERENCE_PATTERN.source },
}

/** The OpenAPI 3.0 description of the public API, following the NLGov REST API Design Rules. */
export function openApiDocument() {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Klankbord API',
      version: API_VERSION,
      description:
        'Laagdrempelig en vertrouwelijk je onvrede melden bij de onafhankelijke vertrouwenspersoon sociaal domein. ' +
        'Deze API ontvangt meldingen van de Klankbord-widget op websites van de gemeente en zorgaanbieders.',
      contact: { name: 'Klankbord', url: 'https://github.com/klankbord/klankbord', email: 'klankbord@example.nl' },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    servers: [{ url: '/api/v1', description: 'Deze server' }],
    tags: [
      { name: 'Meldingen', description: 'Onvrede melden en volgen.' },
      { name: 'Widget', description: 'Wat de widget nodig heeft.' },
      { name: 'Beheer', description: 'Status, instellingen, accounts en het logboek.' },
      { name: 'Inloggen', description: 'Inloggen, sessies en het afmaken van een account.' },
      { name: 'Inbox', description: 'Het werk van de vertrouwenspersoon: meldingen, tijdlijn, berichten.' },
      { name: 'Signalen', description: 'Structurele signalen voor de gemeente.' },
      { name: 'Statistiek', description: 'Anonieme cijfers: opgeteld, kleine aantallen onderdrukt.' },
    ],
    paths: {
      ...operationPaths(),
      '/concerns': {
        post: {
          operationId: 'createConcern',
          tags: ['Meldingen'],
          summary: 'Een melding doen',
          description:
            'Slaat de melding duurzaam en versleuteld op. Stuur een `Idempotency-Key` mee: een herhaald verzoek met dezelfde sleutel en gegevens geeft hetzelfde antwoord en slaat niets dubbel op.',
          security: [],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Unieke sleutel per melding (8 tot 128 tekens), zodat opnieuw proberen veilig is.',
              schema: { type: 'string', pattern: contract.IDEMPOTENCY_KEY_PATTERN.source },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ConcernInput' } } } },
          responses: {
            '201': ok('Melding ontvangen. Bewaar de volgcode goed; die wordt maar één keer getoond.', 'ConcernCreated', {
              Location: { description: 'Adres van de melding.', schema: { type: 'string' } },
            }),
            '400': problem(['validation-failed', 'malformed-json', 'unknown-partner', 'pow-failed', 'spam-suspected']),
            '403': problem(['origin-not-allowed']),
            '413': problem(['payload-too-large']),
            '415': problem(['unsupported-media-type']),
            '422': problem(['idempotency-conflict']),
            '429': problem(['rate-limited']),
            '500': problem(['internal']),
            '503': problem(['unavailable']),
          },
        },
      },
      '/concerns/{reference}': {
        get: {
          operationId: 'getConcernFollowUp',
          tags: ['Meldingen'],
          summary: 'Een melding volgen',
          description: 'Met kenmerk en volgcode. Een onbekend kenmerk en een verkeerde code geven hetzelfde antwoord.',
          security: [],
          parameters: [
            reference,
            { name: 'Follow-Up-Code', in: 'header', required: true, description: 'De geheime volgcode.', schema: { type: 'string' } },
          ],
          responses: {
            '200': ok('Stand van zaken en berichten.', 'ConcernFollowUp'),
            '400': problem(['validation-failed']),
            '404': problem(['not-found']),
            '429': problem(['rate-limited']),
          },
        },
      },
      '/challenge': {
        get: {
          operationId: 'getChallenge',
          tags: ['Widget'],
          summary: 'Een rekenopgave tegen spam ophalen',
          security: [],
          responses: { '200': ok('Een nieuwe opgave, 15 minuten geldig.', 'Challenge'), '429': problem(['rate-limited']) },
        },
      },
      '/partners/{key}': {
        get: {
          operationId: 'getPartner',
          tags: ['Widget'],
          summary: 'Gegevens van een partnerwebsite',
          security: [],
          parameters: [{ name: 'key', in: 'path', required: true, description: 'Sleutel van de partner.', schema: { type: 'string', maxLength: contract.LIMITS.partnerKeyMax } }],
          responses: {
            '200': ok('Partner en gemeente.', 'PartnerInfo'),
            '400': problem(['validation-failed', 'unknown-partner']),
            '403': problem(['origin-not-allowed']),
          },
        },
      },
      '/health': {
        get: {
          operationId: 'getHealth',
          tags: ['Beheer'],
          summary: 'Werkt de dienst?',
          security: [],
          responses: {
            '200': {
              description: 'De dienst en de opslag werken.',
              headers: API_VERSION_HEADER,
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['status', 'store'], properties: { status: { type: 'string', enum: ['ok'] }, store: { type: 'string', enum: ['pglite', 'postgres'] } } },
                },
              },
            },
            '503': problem(['unavailable']),
          },
        },
      },
      '/local/concerns': {
        get: {
          operationId: 'listConcernsLocal',
          tags: ['Beheer'],
          summary: 'Meldingen zonder persoonsgegevens, voor de opdrachtregel',
          description: 'Voor `klankbord concerns list` op dezelfde machine; het token staat in het lock-bestand van de datamap.',
          security: [{ controlToken: [] }],
          parameters: [{ name: 'limit', in: 'query', required: false, description: 'Hoeveel, nieuwste eerst.', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 50 } }],
          responses: {
            '200': {
              description: 'Kenmerken, datums, status en domein.',
              headers: API_VERSION_HEADER,
              content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/ConcernSummary' } } } },
            },
            '400': problem(['validation-failed']),
            '401': problem(['unauthorized']),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      headers: {
        'API-Version': { description: 'De volledige versie van de API.', schema: { type: 'string', example: API_VERSION } },
      },
      securitySchemes: {
        controlToken: { type: 'http', scheme: 'bearer', description: 'Token van de draaiende server, uit het lock-bestand.' },
        [SESSION_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-klankbord-session',
          description: 'Sessiecookie na inloggen (HttpOnly, SameSite=Strict; zonder __Host- als de server over http draait). Verzoeken die iets veranderen sturen ook X-CSRF-Token mee.',
        },
      },
    },
  }
}
