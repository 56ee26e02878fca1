import { ConcernSummaryList, LocalConcernsQuery, LocalPipelineInput, LocalRetentionQuery, LocalUserCreated, LocalUserInput, PipelineRunSummary, RetentionResult } from '../local.js'
import * as paths from '../operation-paths/index.js'
import { Health, OpenApiDocument } from '../service.js'
import type { OperationRows } from './operation.js'

const LOCAL = 'Voor de opdrachtregel op dezelfde machine, terwijl de server de ingebouwde opslag vasthoudt; het token staat in het lock-bestand van de datamap.'

/** The service itself, and the local operations through which CLI commands reach a server that holds the embedded store. */
export const SERVICE_OPERATIONS = {
  getHealth: {
    ...paths.getHealth,
    access: 'public',
    tag: 'Beheer',
    summary: 'Werkt de dienst?',
    response: { status: 200, schema: Health, description: 'De dienst en de opslag werken.' },
    problems: ['unavailable'],
  },
  getOpenApi: {
    ...paths.getOpenApi,
    access: 'public',
    tag: 'Beheer',
    summary: 'Deze beschrijving van de API',
    description: 'OpenAPI 3.0, gemaakt uit dezelfde tabel van handelingen als de router en de toegangscontrole.',
    response: { status: 200, schema: OpenApiDocument, description: 'Het OpenAPI-document.' },
    cors: 'anyone',
  },
  listConcernsLocal: {
    ...paths.listConcernsLocal,
    access: 'control-token',
    tag: 'Beheer',
    summary: 'Meldingen zonder persoonsgegevens, voor de opdrachtregel',
    description: `Voor \`klankbord concerns list\`. ${LOCAL}`,
    query: LocalConcernsQuery,
    response: { status: 200, schema: ConcernSummaryList, description: 'Kenmerken, datums, status en domein.' },
  },
  addUserLocal: {
    ...paths.addUserLocal,
    access: 'control-token',
    tag: 'Beheer',
    summary: 'Een account maken, voor de opdrachtregel',
    description: `Voor \`klankbord user add\`. ${LOCAL}`,
    body: LocalUserInput,
    response: { status: 201, schema: LocalUserCreated, description: 'Account gemaakt; geef de eenmalige link alleen aan deze persoon.' },
    problems: ['conflict'],
  },
  runRetentionLocal: {
    ...paths.runRetentionLocal,
    access: 'control-token',
    tag: 'Beheer',
    summary: 'Persoonsgegevens wissen na de bewaartermijn, voor de opdrachtregel',
    description: `Voor \`klankbord retention run\`. ${LOCAL}`,
    query: LocalRetentionQuery,
    response: { status: 200, schema: RetentionResult, description: 'Welke meldingen het betrof, en hoeveel er gewist zijn.' },
  },
  runPipelineLocal: {
    ...paths.runPipelineLocal,
    access: 'control-token',
    tag: 'Beheer',
    summary: 'De anonieme cijfers maken, voor de opdrachtregel',
    description: `Voor \`klankbord pipeline\`. ${LOCAL}`,
    body: LocalPipelineInput,
    response: { status: 200, schema: PipelineRunSummary, description: 'Wat de pipeline maakte.' },
  },
} as const satisfies OperationRows
