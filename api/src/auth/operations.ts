import type { Role } from '@klankbord/contract/vocabulary'

/** Who may call an operation: anyone (`public`), or a signed-in user with one of these roles. */
export type Access = 'public' | readonly Role[]

export type Operation = {
  readonly id: string
  readonly method: 'get' | 'post' | 'patch' | 'delete'
  /** OpenAPI path template below /api/v1; `{name}` becomes Hono's `:name`. */
  readonly path: string
  readonly access: Access
  readonly tag: 'Inloggen' | 'Inbox' | 'Signalen' | 'Beheer' | 'Meldingen' | 'Statistiek'
  readonly summary: string
  readonly description?: string
  /** Component schema of the JSON body, if any. */
  readonly body?: string
  /** Component schema of the query parameters, if any. */
  readonly query?: string
  /** Status and component schema of the success response; `null` for no body. */
  readonly success: { status: 200 | 201 | 204; schema: string | null; description: string }
  /** Reads or decrypts personal data: the handler writes an audit entry with this processing activity. */
  readonly personalData?: boolean
  /** Polled by the inbox in the background: does not count as activity, so an unattended inbox still times out. */
  readonly passive?: boolean
  /** Open to everyone while the administrator has made the statistics public (or KLANKBORD_PUBLIC_STATISTICS=on at start); otherwise `access` applies. */
  readonly publicWhenStatisticsArePublic?: boolean
}

const CONFIDANT = ['confidant'] as const
const ADMIN = ['administrator'] as const
const STAFF = ['confidant', 'administrator', 'council'] as const

/**
 * Every operation behind a login, and the public ones that belong to it, with the roles allowed to call it.
 * The router enforces this table, the OpenAPI document is generated from it, and a test walks it for every role.
 * Case data is for confidants only: an administrator manages accounts and settings, the council sees statistics.
 */
export const OPERATIONS = [
  // Signing in
  { id: 'login', method: 'post', path: '/auth/login', access: 'public', tag: 'Inloggen', summary: 'Inloggen', body: 'LoginInput', success: { status: 200, schema: 'SessionInfo', description: 'Ingelogd; de sessie staat in een cookie.' } },
  { id: 'getSession', method: 'get', path: '/auth/session', access: STAFF, tag: 'Inloggen', summary: 'De huidige sessie', success: { status: 200, schema: 'SessionInfo', description: 'Wie er is ingelogd.' } },
  { id: 'logout', method: 'post', path: '/auth/logout', access: STAFF, tag: 'Inloggen', summary: 'Uitloggen', success: { status: 204, schema: null, description: 'Uitgelogd.' } },
  { id: 'logoutEverywhere', method: 'post', path: '/auth/logout-everywhere', access: STAFF, tag: 'Inloggen', summary: 'Overal uitloggen', description: 'Beëindigt alle sessies van deze gebruiker, op elk apparaat.', success: { status: 204, schema: null, description: 'Alle sessies zijn beëindigd.' } },
  { id: 'startSetup', method: 'post', path: '/auth/setup/start', access: 'public', tag: 'Inloggen', summary: 'Account afmaken: begin', body: 'SetupStartInput', success: { status: 200, schema: 'SetupStart', description: 'Wat nodig is om het account af te maken.' } },
  { id: 'finishSetup', method: 'post', path: '/auth/setup/finish', access: 'public', tag: 'Inloggen', summary: 'Account afmaken: wachtwoord en tweestapsverificatie', body: 'SetupFinishInput', success: { status: 200, schema: 'SetupFinished', description: 'Het account is klaar; bewaar de herstelcodes.' } },

  // Inbox and case work
  { id: 'listInbox', method: 'get', path: '/inbox/concerns', access: CONFIDANT, tag: 'Inbox', summary: 'Meldingen in de inbox', query: 'InboxQuery', success: { status: 200, schema: 'InboxList', description: 'Meldingen: eerst de nieuwe, dan de nieuwste; met aantallen per status.' } },
  { id: 'getInboxVersion', method: 'get', path: '/inbox/version', access: CONFIDANT, tag: 'Inbox', summary: 'Is er iets nieuws?', description: 'Goedkoop te pollen: de versie verandert bij elke nieuwe melding of wijziging.', success: { status: 200, schema: 'InboxVersion', description: 'De huidige versie.' }, passive: true },
  { id: 'createIntake', method: 'post', path: '/inbox/concerns', access: CONFIDANT, tag: 'Inbox', summary: 'Een melding invoeren (telefoon, inloopspreekuur, e-mail, brief)', body: 'ConfidantIntakeInput', success: { status: 201, schema: 'IntakeCreated', description: 'Melding opgeslagen; geef kenmerk en volgcode door aan de inwoner.' } },
  { id: 'getCase', method: 'get', path: '/inbox/concerns/{id}', access: CONFIDANT, tag: 'Inbox', summary: 'Een melding openen', description: 'Ontsleutelt wat de inwoner schreef en de contactgegevens; elke keer vastgelegd in het logboek.', success: { status: 200, schema: 'CaseDetail', description: 'De melding met tijdlijn.' }, personalData: true },
  { id: 'changeStatus', method: 'post', path: '/inbox/concerns/{id}/status', access: CONFIDANT, tag: 'Inbox', summary: 'Status wijzigen, afsluiten of heropenen', body: 'StatusChangeInput', success: { status: 204, schema: null, description: 'Status gewijzigd.' } },
  { id: 'assignCase', method: 'post', path: '/inbox/concerns/{id}/assignment', access: CONFIDANT, tag: 'Inbox', summary: 'Toewijzen aan een vertrouwenspersoon', body: 'AssignInput', success: { status: 204, schema: null, description: 'Toegewezen.' } },
  { id: 'addNote', method: 'post', path: '/inbox/concerns/{id}/notes', access: CONFIDANT, tag: 'Inbox', summary: 'Notitie toevoegen', body: 'NoteInput', success: { status: 201, schema: 'Created', description: 'Notitie opgeslagen (versleuteld).' }, personalData: true },
  { id: 'logContact', method: 'post', path: '/inbox/concerns/{id}/contacts', access: CONFIDANT, tag: 'Inbox', summary: 'Contact vastleggen (ook bemiddeling)', body: 'ContactLogInput', success: { status: 201, schema: 'Created', description: 'Contact vastgelegd.' }, personalData: true },
  { id: 'logTime', method: 'post', path: '/inbox/concerns/{id}/time', access: CONFIDANT, tag: 'Inbox', summary: 'Bestede tijd vastleggen', body: 'TimeLogInput', success: { status: 201, schema: 'Created', description: 'Tijd vastgelegd.' } },
  { id: 'recordConsent', method: 'post', path: '/inbox/concerns/{id}/consents', access: CONFIDANT, tag: 'Inbox', summary: 'Toestemming van de inwoner vastleggen', body: 'ConsentInput', success: { status: 201, schema: 'Created', description: 'Toestemming vastgelegd.' } },
  { id: 'sendMessage', method: 'post', path: '/inbox/concerns/{id}/messages', access: CONFIDANT, tag: 'Inbox', summary: 'Bericht aan de inwoner', description: 'De inwoner leest het met kenmerk en volgcode. Koos de inwoner e-mail, dan krijgt die een seintje zonder inhoud.', body: 'MessageInput', success: { status: 201, schema: 'Created', description: 'Bericht verstuurd.' }, personalData: true },
  { id: 'listInboxPartners', method: 'get', path: '/inbox/partners', access: CONFIDANT, tag: 'Inbox', summary: 'Partnerwebsites van mijn gemeenten (om op te filteren)', success: { status: 200, schema: 'InboxPartnerList', description: 'Partners van de gemeenten van de gebruiker.' } },
  { id: 'listConfidants', method: 'get', path: '/inbox/confidants', access: CONFIDANT, tag: 'Inbox', summary: 'Vertrouwenspersonen (om toe te wijzen)', success: { status: 200, schema: 'PersonList', description: 'Vertrouwenspersonen die dezelfde gemeenten bedienen.' } },

  // Signals
  { id: 'listSignals', method: 'get', path: '/inbox/signals', access: CONFIDANT, tag: 'Signalen', summary: 'Signalen voor de gemeente', success: { status: 200, schema: 'SignalList', description: 'Alle signalen, nieuwste eerst.' } },
  { id: 'createSignal', method: 'post', path: '/inbox/signals', access: CONFIDANT, tag: 'Signalen', summary: 'Een signaal schrijven', description: 'De tekst wordt gecontroleerd op persoonsgegevens; bij een treffer komt een 422 met de plekken, tenzij de waarschuwing is geaccepteerd.', body: 'SignalInput', success: { status: 201, schema: 'Signal', description: 'Signaal opgeslagen.' } },
  { id: 'updateSignal', method: 'patch', path: '/inbox/signals/{id}', access: CONFIDANT, tag: 'Signalen', summary: 'Status of antwoord van de gemeente bijwerken', body: 'SignalUpdate', success: { status: 200, schema: 'Signal', description: 'Signaal bijgewerkt.' } },
  { id: 'listRecommendations', method: 'get', path: '/inbox/recommendations', access: CONFIDANT, tag: 'Signalen', summary: 'Aanbevelingen uit de jaarverslagen', success: { status: 200, schema: 'RecommendationList', description: 'Aanbevelingen van mijn gemeenten, nieuwste jaar eerst.' } },
  { id: 'createRecommendation', method: 'post', path: '/inbox/recommendations', access: CONFIDANT, tag: 'Signalen', summary: 'Aanbeveling voor het jaarverslag toevoegen', description: 'Wordt gepubliceerd: bij een vermoeden van persoonsgegevens volgt 422, tenzij bevestigd.', body: 'RecommendationInput', success: { status: 201, schema: 'Recommendation', description: 'Aanbeveling opgeslagen.' } },
  { id: 'updateRecommendation', method: 'patch', path: '/inbox/recommendations/{id}', access: CONFIDANT, tag: 'Signalen', summary: 'Wat de gemeente met een aanbeveling deed', body: 'RecommendationUpdate', success: { status: 200, schema: 'Recommendation', description: 'Aanbeveling bijgewerkt.' } },
  { id: 'checkPersonalData', method: 'post', path: '/inbox/personal-data-check', access: CONFIDANT, tag: 'Signalen', summary: 'Tekst controleren op persoonsgegevens', body: 'PersonalDataCheckInput', success: { status: 200, schema: 'PersonalDataCheck', description: 'Wat op persoonsgegevens lijkt.' } },

  // Administration
  { id: 'listMunicipalities', method: 'get', path: '/admin/municipalities', access: ADMIN, tag: 'Beheer', summary: 'Gemeenten', success: { status: 200, schema: 'MunicipalityList', description: 'Alle gemeenten met instellingen.' } },
  { id: 'createMunicipality', method: 'post', path: '/admin/municipalities', access: ADMIN, tag: 'Beheer', summary: 'Gemeente toevoegen', body: 'MunicipalityInput', success: { status: 201, schema: 'Municipality', description: 'Gemeente toegevoegd.' } },
  { id: 'updateMunicipality', method: 'patch', path: '/admin/municipalities/{id}', access: ADMIN, tag: 'Beheer', summary: 'Gemeente en instellingen wijzigen', body: 'MunicipalityInput', success: { status: 200, schema: 'Municipality', description: 'Gemeente gewijzigd.' } },
  { id: 'listPartners', method: 'get', path: '/admin/partners', access: ADMIN, tag: 'Beheer', summary: 'Partnerwebsites', success: { status: 200, schema: 'PartnerList', description: 'Alle partners.' } },
  { id: 'createPartner', method: 'post', path: '/admin/partners', access: ADMIN, tag: 'Beheer', summary: 'Partnerwebsite toevoegen', body: 'PartnerInput', success: { status: 201, schema: 'Partner', description: 'Partner toegevoegd.' } },
  { id: 'updatePartner', method: 'patch', path: '/admin/partners/{id}', access: ADMIN, tag: 'Beheer', summary: 'Partnerwebsite wijzigen', body: 'PartnerInput', success: { status: 200, schema: 'Partner', description: 'Partner gewijzigd.' } },
  { id: 'listUsers', method: 'get', path: '/admin/users', access: ADMIN, tag: 'Beheer', summary: 'Accounts', success: { status: 200, schema: 'UserList', description: 'Alle accounts.' } },
  { id: 'createUser', method: 'post', path: '/admin/users', access: ADMIN, tag: 'Beheer', summary: 'Account aanmaken', body: 'UserInput', success: { status: 201, schema: 'SetupLink', description: 'Account aangemaakt; stuur de eenmalige link naar de gebruiker.' } },
  { id: 'updateUser', method: 'patch', path: '/admin/users/{id}', access: ADMIN, tag: 'Beheer', summary: 'Account wijzigen of uitschakelen', body: 'UserUpdate', success: { status: 200, schema: 'User', description: 'Account gewijzigd.' } },
  { id: 'unlockUser', method: 'post', path: '/admin/users/{id}/unlock', access: ADMIN, tag: 'Beheer', summary: 'Blokkade na mislukte inlogpogingen opheffen', success: { status: 204, schema: null, description: 'Blokkade opgeheven.' } },
  { id: 'resetUser', method: 'post', path: '/admin/users/{id}/reset', access: ADMIN, tag: 'Beheer', summary: 'Nieuwe eenmalige link (wachtwoord en tweestapsverificatie opnieuw)', success: { status: 201, schema: 'SetupLink', description: 'Nieuwe link; de oude sessies zijn beëindigd.' } },
  { id: 'getPublication', method: 'get', path: '/admin/publication', access: ADMIN, tag: 'Beheer', summary: 'Wat openbaar is', success: { status: 200, schema: 'PublicationSettings', description: 'Of dashboard, cijfers en jaarverslag openbaar zijn.' } },
  { id: 'updatePublication', method: 'patch', path: '/admin/publication', access: ADMIN, tag: 'Beheer', summary: 'Dashboard, cijfers en jaarverslag openbaar maken of afschermen', body: 'PublicationSettings', success: { status: 200, schema: 'PublicationSettings', description: 'Gewijzigd; binnen enkele seconden overal van kracht.' } },
  { id: 'listAudit', method: 'get', path: '/admin/audit', access: ADMIN, tag: 'Beheer', summary: 'Logboek van verwerkingen', description: 'Met `format=csv` als CSV-bestand.', query: 'AuditQuery', success: { status: 200, schema: 'AuditList', description: 'Regels uit het logboek, nieuwste eerst.' } },

  // Anonymous statistics: the published, suppressed tables of the pipeline
  { id: 'listStatistics', method: 'get', path: '/statistics', access: STAFF, tag: 'Statistiek', summary: 'Tabellen met anonieme cijfers', success: { status: 200, schema: 'StatisticsList', description: 'De gepubliceerde tabellen met hun beschrijving en kolommen.' }, publicWhenStatisticsArePublic: true },
  { id: 'getStatisticsPackage', method: 'get', path: '/statistics/datapackage.json', access: STAFF, tag: 'Statistiek', summary: 'Beschrijving van alle tabellen (Frictionless Data Package)', description: 'Elke tabel en kolom beschreven in het Nederlands (`description`) en Engels (`description_en`), met de bestanden als CSV, Parquet en Arrow.', success: { status: 200, schema: null, description: 'datapackage.json (`application/json`).' }, publicWhenStatisticsArePublic: true },
  { id: 'getStatistics', method: 'get', path: '/statistics/{table}', access: STAFF, tag: 'Statistiek', summary: 'Eén tabel met anonieme cijfers', description: 'Als Arrow IPC (`application/vnd.apache.arrow.stream`), JSON, CSV of Parquet, naar de `Accept`-header of `format`. Afgeschermde cellen zijn leeg met `suppressed` = waar. Naast elke codekolom staat `<kolom>_label` met de Nederlandse omschrijving.', query: 'StatisticsQuery', success: { status: 200, schema: 'StatisticsTable', description: 'De tabel.' }, publicWhenStatisticsArePublic: true },
  { id: 'getReport', method: 'get', path: '/reports/{year}', access: STAFF, tag: 'Statistiek', summary: 'Het jaarverslag als PDF', description: 'Toegankelijke PDF (getagd, PDF/UA) met kerncijfers, grafieken, signalen, aanbevelingen en de werkwijze, alleen uit de gepubliceerde anonieme cijfers. Zonder `municipality`: alle gemeenten samen.', query: 'ReportQuery', success: { status: 200, schema: null, description: 'Het jaarverslag (`application/pdf`).' }, publicWhenStatisticsArePublic: true },

  // The resident, with reference and follow-up code
  { id: 'sendResidentMessage', method: 'post', path: '/concerns/{reference}/messages', access: 'public', tag: 'Meldingen', summary: 'Een bericht sturen aan de vertrouwenspersoon', body: 'ResidentMessageInput', success: { status: 201, schema: null, description: 'Bericht ontvangen.' }, personalData: true },
  { id: 'getDataCopy', method: 'get', path: '/concerns/{reference}/data', access: 'public', tag: 'Meldingen', summary: 'Een kopie van mijn gegevens', success: { status: 200, schema: 'ConcernDataCopy', description: 'Alles wat bij deze melding is opgeslagen.' }, personalData: true },
  { id: 'eraseConcern', method: 'post', path: '/concerns/{reference}/erasure', access: 'public', tag: 'Meldingen', summary: 'Mijn gegevens laten wissen', description: 'Wist contactgegevens, tekst en berichten. Wat overblijft zijn codes en datums, zonder iets dat naar de inwoner wijst.', success: { status: 204, schema: null, description: 'De persoonsgegevens zijn gewist.' }, personalData: true },
] as const satisfies readonly Operation[]

export type OperationId = (typeof OPERATIONS)[number]['id']

export function operation(id: OperationId): Operation {
  const found = OPERATIONS.find((op) => op.id === id)
  if (!found) throw new Error(`Unknown operation ${id}`)
  return found
}

/** `/inbox/concerns/{id}` → `/api/v1/inbox/concerns/:id` */
export function honoPath(op: Operation): string {
  return `/api/v1${op.path.replace(/\{(\w+)\}/g, ':$1')}`
}
