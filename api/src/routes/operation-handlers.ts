import * as admin from './admin/handlers.js'
import { getPartnerKitHandler, getPartnerPosterHandler } from './admin/partner-kit.js'
import { runJobHandler } from './admin/run-job.js'
import * as auth from './auth/handlers.js'
import { challengeHandler } from './challenge.js'
import { createConcernHandler } from './concerns/create.js'
import { healthHandler } from './health.js'
import * as inbox from './inbox/handlers.js'
import * as signals from './inbox/signal-handlers.js'
import { localBackupHandler } from './local/backup.js'
import { localConcernsHandler } from './local/concerns.js'
import { localReencryptHandler } from './local/reencrypt.js'
import { localPipelineHandler } from './local/pipeline.js'
import { localRetentionHandler } from './local/retention.js'
import { localPartnerHandler } from './local/partners.js'
import { localUsersHandler } from './local/users.js'
import { openApiHandler } from './openapi/get.js'
import type { OperationHandlers } from './operation-handler.js'
import { getPartnerHandler } from './partners/get.js'
import * as reports from './reports/handlers.js'
import * as residents from './residents/handlers.js'
import * as statistics from './statistics/handlers.js'

/** One handler per row of the operations table; the type makes a missing one, or one for another row's input, a compile error. */
export const OPERATION_HANDLERS: OperationHandlers = {
  createConcern: createConcernHandler,
  getConcernFollowUp: residents.followUpHandler,
  sendResidentMessage: residents.sendResidentMessageHandler,
  getDataCopy: residents.getDataCopyHandler,
  eraseConcern: residents.eraseConcernHandler,
  getChallenge: challengeHandler,
  getPartner: getPartnerHandler,
  getHealth: healthHandler,
  getOpenApi: openApiHandler,
  listConcernsLocal: localConcernsHandler,
  addUserLocal: localUsersHandler,
  runRetentionLocal: localRetentionHandler,
  runPipelineLocal: localPipelineHandler,
  getPartnerLocal: localPartnerHandler,
  backupLocal: localBackupHandler,
  reencryptLocal: localReencryptHandler,
  login: auth.loginHandler,
  getSession: auth.getSessionHandler,
  logout: auth.logoutHandler,
  logoutEverywhere: auth.logoutEverywhereHandler,
  startSetup: auth.startSetupHandler,
  finishSetup: auth.finishSetupHandler,
  listInbox: inbox.listInboxHandler,
  getInboxVersion: inbox.inboxVersionHandler,
  createIntake: inbox.createIntakeHandler,
  getCase: inbox.getCaseHandler,
  changeStatus: inbox.changeStatusHandler,
  assignCase: inbox.assignCaseHandler,
  addNote: inbox.addNoteHandler,
  logContact: inbox.logContactHandler,
  logTime: inbox.logTimeHandler,
  recordConsent: inbox.recordConsentHandler,
  sendMessage: inbox.sendMessageHandler,
  listInboxPartners: inbox.listInboxPartnersHandler,
  listConfidants: inbox.listConfidantsHandler,
  listSignals: signals.listSignalsHandler,
  createSignal: signals.createSignalHandler,
  updateSignal: signals.updateSignalHandler,
  checkPersonalData: signals.checkPersonalDataHandler,
  listRecommendations: signals.listRecommendationsHandler,
  createRecommendation: signals.createRecommendationHandler,
  updateRecommendation: signals.updateRecommendationHandler,
  listMunicipalities: admin.listMunicipalitiesHandler,
  createMunicipality: admin.createMunicipalityHandler,
  updateMunicipality: admin.updateMunicipalityHandler,
  listPartners: admin.listPartnersHandler,
  createPartner: admin.createPartnerHandler,
  updatePartner: admin.updatePartnerHandler,
  getPartnerKit: getPartnerKitHandler,
  getPartnerPoster: getPartnerPosterHandler,
  listUsers: admin.listUsersHandler,
  createUser: admin.createUserHandler,
  updateUser: admin.updateUserHandler,
  unlockUser: admin.unlockUserHandler,
  resetUser: admin.resetUserHandler,
  getPublication: admin.getPublicationHandler,
  updatePublication: admin.updatePublicationHandler,
  listAudit: admin.listAuditHandler,
  runJob: runJobHandler,
  listStatistics: statistics.listStatisticsHandler,
  getStatistics: statistics.getStatisticsHandler,
  getStatisticsPackage: statistics.getStatisticsPackageHandler,
  getReport: reports.getReportHandler,
}
