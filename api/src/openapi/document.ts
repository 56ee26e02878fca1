import { API_ROOT } from '@klankbord/contract/api-path'
import { OPERATIONS } from '@klankbord/contract/operations'
import * as z from 'zod/mini'
import { API_VERSION } from '../http/security-headers.js'
import { CONTROL_TOKEN_SCHEME, pathItems, SESSION_SCHEME } from './path-items.js'

/**
 * Every contract schema that carries an id in zod's global registry (given by `namedObject`, `namedStrictObject` or
 * `.register(z.globalRegistry, { id })`), as OpenAPI 3.0 components; nested ones become $refs.
 */
function componentSchemas(): Record<string, unknown> {
  // The table references every schema an operation uses, so every schema module has run and registered itself by now.
  void OPERATIONS
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'openapi-3.0', io: 'input', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' })
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutId(schema as Record<string, unknown>)]))
}

/** OpenAPI 3.0 schema objects have no $id. */
function withoutId(schema: Record<string, unknown>): Record<string, unknown> {
  const { $id: _id, ...rest } = schema
  return rest
}

/** The OpenAPI 3.0 description of the API, following the NLGov REST API Design Rules: every row of the operations table. */
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
    servers: [{ url: API_ROOT, description: 'Deze server' }],
    tags: [
      { name: 'Meldingen', description: 'Onvrede melden en volgen.' },
      { name: 'Widget', description: 'Wat de widget nodig heeft.' },
      { name: 'Beheer', description: 'Status, instellingen, accounts en het logboek.' },
      { name: 'Inloggen', description: 'Inloggen, sessies en het afmaken van een account.' },
      { name: 'Inbox', description: 'Het werk van de vertrouwenspersoon: meldingen, tijdlijn, berichten.' },
      { name: 'Signalen', description: 'Structurele signalen voor de gemeente.' },
      { name: 'Statistiek', description: 'Anonieme cijfers: opgeteld, kleine aantallen onderdrukt.' },
    ],
    paths: pathItems(),
    components: {
      schemas: componentSchemas(),
      headers: {
        'API-Version': { description: 'De volledige versie van de API.', schema: { type: 'string', example: API_VERSION } },
      },
      securitySchemes: {
        [CONTROL_TOKEN_SCHEME]: { type: 'http', scheme: 'bearer', description: 'Token van de draaiende server, uit het lock-bestand.' },
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
