import { BackupSummary, ConcernSummaryList, LocalBackupInput, LocalConcernsQuery, LocalReencryptInput, ReencryptProgress, LocalPipelineInput, LocalRetentionQuery, LocalUserCreated, LocalUserInput, PipelineRunSummary, RetentionResult } from '../local.js'
import * as paths from '../operation-paths/index.js'
import { PartnerInfo } from '../partner.js'
import { Health, OpenApiDocument } from '../service.js'
import type { OperationRows } from './operation.js'
import { PartnerKeyParams } from './parameters.js'

const LOCAL = 'Voor de opdrachtregel op dezelfde machine, terwijl de server de ingebouwde opslag vasthoudt; het token staat in het lock-bestand van de datamap.'

/** What every local operation shares: the control token, the Beheer tag and the end of its description. */
const local = <const P extends object, const F extends object>(path: P, command: string, fields: F) =>
  ({ ...path, access: 'control-token', tag: 'Beheer', description: `Voor \`${command}\`. ${LOCAL}`, ...fields }) as const

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
  listConcernsLocal: local(paths.listConcernsLocal, 'klankbord concerns list', {
    summary: 'Meldingen zonder persoonsgegevens, voor de opdrachtregel',
    query: LocalConcernsQuery,
    response: { status: 200, schema: ConcernSummaryList, description: 'Kenmerken, datums, status en domein.' },
  }),
  addUserLocal: local(paths.addUserLocal, 'klankbord user add', {
    summary: 'Een account maken, voor de opdrachtregel',
    body: LocalUserInput,
    response: { status: 201, schema: LocalUserCreated, description: 'Account gemaakt; geef de eenmalige link alleen aan deze persoon.' },
    problems: ['conflict'],
  }),
  runRetentionLocal: local(paths.runRetentionLocal, 'klankbord retention run', {
    summary: 'Persoonsgegevens wissen na de bewaartermijn, voor de opdrachtregel',
    query: LocalRetentionQuery,
    response: { status: 200, schema: RetentionResult, description: 'Welke meldingen het betrof, en hoeveel er gewist zijn.' },
  }),
  runPipelineLocal: local(paths.runPipelineLocal, 'klankbord pipeline', {
    summary: 'De anonieme cijfers maken, voor de opdrachtregel',
    body: LocalPipelineInput,
    response: { status: 200, schema: PipelineRunSummary, description: 'Wat de pipeline maakte.' },
  }),
  getPartnerLocal: local(paths.getPartnerLocal, 'klankbord poster', {
    summary: 'Een partner en de gegevens van de vertrouwenspersoon, voor de opdrachtregel',
    params: PartnerKeyParams,
    response: { status: 200, schema: PartnerInfo, description: 'Wat op de poster komt.' },
    problems: ['not-found'],
  }),
  backupLocal: local(paths.backupLocal, 'klankbord backup', {
    summary: 'Een back-up maken terwijl de server draait, voor de opdrachtregel',
    body: LocalBackupInput,
    response: { status: 200, schema: BackupSummary, description: 'De back-up is geschreven; versleutelde velden blijven versleuteld, de sleutel zit er niet in.' },
  }),
  reencryptLocal: local(paths.reencryptLocal, 'klankbord keys rotate', {
    summary: 'Versleutelde velden opnieuw versleutelen onder de huidige sleutel, voor de opdrachtregel',
    body: LocalReencryptInput,
    response: { status: 200, schema: ReencryptProgress, description: 'Hoeveel velden opnieuw versleuteld zijn en hoeveel er nog over zijn.' },
  }),
} as const satisfies OperationRows
