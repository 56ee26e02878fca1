import { operationPath, queryString } from '@klankbord/contract/api-path'
import type { OperationBody, OperationQuery } from '@klankbord/contract/operations'
import type { JobName } from '@klankbord/contract'
import type { AuditFilters } from '../routing/audit-filters.js'
import { call } from './http.js'

/** One function per operation of the inbox in the API's operations table; method, path and answer come from its row. */
export const api = {
  login: (body: OperationBody<'login'>) => call('login', { body }),
  session: () => call('getSession'),
  logout: () => call('logout'),
  logoutEverywhere: () => call('logoutEverywhere'),
  startSetup: (token: string) => call('startSetup', { body: { token } }),
  finishSetup: (body: OperationBody<'finishSetup'>) => call('finishSetup', { body }),

  listInbox: (query: OperationQuery<'listInbox'>) => call('listInbox', { query }),
  inboxVersion: () => call('getInboxVersion'),
  createIntake: (body: OperationBody<'createIntake'>) => call('createIntake', { body }),
  getCase: (id: string) => call('getCase', { params: { id } }),
  changeStatus: (id: string, body: OperationBody<'changeStatus'>) => call('changeStatus', { params: { id }, body }),
  assign: (id: string, body: OperationBody<'assignCase'>) => call('assignCase', { params: { id }, body }),
  addNote: (id: string, body: OperationBody<'addNote'>) => call('addNote', { params: { id }, body }),
  logContact: (id: string, body: OperationBody<'logContact'>) => call('logContact', { params: { id }, body }),
  logTime: (id: string, body: OperationBody<'logTime'>) => call('logTime', { params: { id }, body }),
  recordConsent: (id: string, body: OperationBody<'recordConsent'>) => call('recordConsent', { params: { id }, body }),
  sendMessage: (id: string, body: OperationBody<'sendMessage'>) => call('sendMessage', { params: { id }, body }),
  listInboxPartners: () => call('listInboxPartners'),
  listConfidants: () => call('listConfidants'),

  listSignals: () => call('listSignals'),
  createSignal: (body: OperationBody<'createSignal'>) => call('createSignal', { body }),
  updateSignal: (id: string, body: OperationBody<'updateSignal'>) => call('updateSignal', { params: { id }, body }),
  listRecommendations: () => call('listRecommendations'),
  createRecommendation: (body: OperationBody<'createRecommendation'>) => call('createRecommendation', { body }),
  updateRecommendation: (id: string, body: OperationBody<'updateRecommendation'>) => call('updateRecommendation', { params: { id }, body }),
  checkPersonalData: (text: string) => call('checkPersonalData', { body: { text } }),

  listMunicipalities: () => call('listMunicipalities'),
  createMunicipality: (body: OperationBody<'createMunicipality'>) => call('createMunicipality', { body }),
  updateMunicipality: (id: string, body: OperationBody<'updateMunicipality'>) => call('updateMunicipality', { params: { id }, body }),
  listPartners: () => call('listPartners'),
  createPartner: (body: OperationBody<'createPartner'>) => call('createPartner', { body }),
  updatePartner: (id: string, body: OperationBody<'updatePartner'>) => call('updatePartner', { params: { id }, body }),
  getPartnerKit: (id: string) => call('getPartnerKit', { params: { id } }),
  listUsers: () => call('listUsers'),
  createUser: (body: OperationBody<'createUser'>) => call('createUser', { body }),
  updateUser: (id: string, body: OperationBody<'updateUser'>) => call('updateUser', { params: { id }, body }),
  unlockUser: (id: string) => call('unlockUser', { params: { id } }),
  resetUser: (id: string) => call('resetUser', { params: { id } }),
  getPublication: () => call('getPublication'),
  updatePublication: (body: OperationBody<'updatePublication'>) => call('updatePublication', { body }),
  listAudit: (filters: AuditFilters) => call('listAudit', { query: filters }),
  getHealth: () => call('getHealth'),
  runJob: (job: JobName) => call('runJob', { params: { job } }),
}

/** The CSV download of the audit log with the same filters; a plain link, so the browser saves the file. */
export const auditCsvUrl = (filters: AuditFilters): string => `${operationPath('listAudit')}${queryString({ ...filters, format: 'csv', limit: 10_000 })}`

/** The poster (A4) or flyer (A6) of a partner as a download; a plain link, so the browser saves the PDF. */
export const posterDownloadUrl = (partnerId: string, format: OperationQuery<'getPartnerPoster'>['format'], language: OperationQuery<'getPartnerPoster'>['language']): string =>
  `${operationPath('getPartnerPoster', { id: partnerId })}${queryString({ language, format })}`
