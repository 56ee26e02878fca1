import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import type { OperationId } from '../auth/operations.js'
import * as admin from './admin/handlers.js'
import * as auth from './auth/handlers.js'
import * as inbox from './inbox/handlers.js'
import * as signals from './inbox/signal-handlers.js'
import * as reports from './reports/handlers.js'
import * as residents from './residents/handlers.js'
import * as statistics from './statistics/handlers.js'

type Handler = (c: Context<AppEnv>) => Response | Promise<Response>

/** One handler per row of the operations table; the type makes a missing one a compile error. */
export const OPERATION_HANDLERS: Record<OperationId, (deps: AppDeps) => Handler> = {
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
  listUsers: admin.listUsersHandler,
  createUser: admin.createUserHandler,
  updateUser: admin.updateUserHandler,
  unlockUser: admin.unlockUserHandler,
  resetUser: admin.resetUserHandler,
  getPublication: admin.getPublicationHandler,
  updatePublication: admin.updatePublicationHandler,
  listAudit: admin.listAuditHandler,
  listStatistics: statistics.listStatisticsHandler,
  getStatistics: statistics.getStatisticsHandler,
  getStatisticsPackage: statistics.getStatisticsPackageHandler,
  getReport: reports.getReportHandler,
  sendResidentMessage: residents.sendResidentMessageHandler,
  getDataCopy: residents.getDataCopyHandler,
  eraseConcern: residents.eraseConcernHandler,
}
