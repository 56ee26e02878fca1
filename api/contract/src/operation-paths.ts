/**
 * The method and path (below `/api/v1`) of every operation, without schemas, so a client as small as the widget can
 * build its URLs from the one table. One export per operation keeps it tree-shakeable: the widget ships only the
 * few it calls. The full table (`./operations`, with schemas and access) spreads these, and a test checks both.
 */

// The resident, through the widget or /volg
export const createConcern = { method: 'POST', path: '/concerns' } as const
export const getConcernFollowUp = { method: 'GET', path: '/concerns/{reference}' } as const
export const sendResidentMessage = { method: 'POST', path: '/concerns/{reference}/messages' } as const
export const getDataCopy = { method: 'GET', path: '/concerns/{reference}/data' } as const
export const eraseConcern = { method: 'POST', path: '/concerns/{reference}/erasure' } as const
export const getChallenge = { method: 'GET', path: '/challenge' } as const
export const getPartner = { method: 'GET', path: '/partners/{key}' } as const

// The service itself
export const getHealth = { method: 'GET', path: '/health' } as const
export const getOpenApi = { method: 'GET', path: '/openapi.json' } as const

// Command-line commands on the machine of a server that holds the embedded store
export const listConcernsLocal = { method: 'GET', path: '/local/concerns' } as const
export const addUserLocal = { method: 'POST', path: '/local/users' } as const
export const runRetentionLocal = { method: 'POST', path: '/local/retention' } as const
export const runPipelineLocal = { method: 'POST', path: '/local/pipeline' } as const

// Signing in
export const login = { method: 'POST', path: '/auth/login' } as const
export const getSession = { method: 'GET', path: '/auth/session' } as const
export const logout = { method: 'POST', path: '/auth/logout' } as const
export const logoutEverywhere = { method: 'POST', path: '/auth/logout-everywhere' } as const
export const startSetup = { method: 'POST', path: '/auth/setup/start' } as const
export const finishSetup = { method: 'POST', path: '/auth/setup/finish' } as const

// Inbox and case work
export const listInbox = { method: 'GET', path: '/inbox/concerns' } as const
export const getInboxVersion = { method: 'GET', path: '/inbox/version' } as const
export const createIntake = { method: 'POST', path: '/inbox/concerns' } as const
export const getCase = { method: 'GET', path: '/inbox/concerns/{id}' } as const
export const changeStatus = { method: 'POST', path: '/inbox/concerns/{id}/status' } as const
export const assignCase = { method: 'POST', path: '/inbox/concerns/{id}/assignment' } as const
export const addNote = { method: 'POST', path: '/inbox/concerns/{id}/notes' } as const
export const logContact = { method: 'POST', path: '/inbox/concerns/{id}/contacts' } as const
export const logTime = { method: 'POST', path: '/inbox/concerns/{id}/time' } as const
export const recordConsent = { method: 'POST', path: '/inbox/concerns/{id}/consents' } as const
export const sendMessage = { method: 'POST', path: '/inbox/concerns/{id}/messages' } as const
export const listInboxPartners = { method: 'GET', path: '/inbox/partners' } as const
export const listConfidants = { method: 'GET', path: '/inbox/confidants' } as const

// Signals and recommendations
export const listSignals = { method: 'GET', path: '/inbox/signals' } as const
export const createSignal = { method: 'POST', path: '/inbox/signals' } as const
export const updateSignal = { method: 'PATCH', path: '/inbox/signals/{id}' } as const
export const listRecommendations = { method: 'GET', path: '/inbox/recommendations' } as const
export const createRecommendation = { method: 'POST', path: '/inbox/recommendations' } as const
export const updateRecommendation = { method: 'PATCH', path: '/inbox/recommendations/{id}' } as const
export const checkPersonalData = { method: 'POST', path: '/inbox/personal-data-check' } as const

// Administration
export const listMunicipalities = { method: 'GET', path: '/admin/municipalities' } as const
export const createMunicipality = { method: 'POST', path: '/admin/municipalities' } as const
export const updateMunicipality = { method: 'PATCH', path: '/admin/municipalities/{id}' } as const
export const listPartners = { method: 'GET', path: '/admin/partners' } as const
export const createPartner = { method: 'POST', path: '/admin/partners' } as const
export const updatePartner = { method: 'PATCH', path: '/admin/partners/{id}' } as const
export const listUsers = { method: 'GET', path: '/admin/users' } as const
export const createUser = { method: 'POST', path: '/admin/users' } as const
export const updateUser = { method: 'PATCH', path: '/admin/users/{id}' } as const
export const unlockUser = { method: 'POST', path: '/admin/users/{id}/unlock' } as const
export const resetUser = { method: 'POST', path: '/admin/users/{id}/reset' } as const
export const getPublication = { method: 'GET', path: '/admin/publication' } as const
export const updatePublication = { method: 'PATCH', path: '/admin/publication' } as const
export const listAudit = { method: 'GET', path: '/admin/audit' } as const

// Anonymous statistics and the annual report
export const listStatistics = { method: 'GET', path: '/statistics' } as const
export const getStatisticsPackage = { method: 'GET', path: '/statistics/datapackage.json' } as const
export const getStatistics = { method: 'GET', path: '/statistics/{table}' } as const
export const getReport = { method: 'GET', path: '/reports/{year}' } as const
