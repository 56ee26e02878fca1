import type {
  CaseDetail,
  ConcernCreated,
  ConfidantIntakeInput,
  ContactLogInput,
  InboxList,
  InboxQuery,
  LoginInput,
  Municipality,
  MunicipalityInput,
  Partner,
  PartnerInput,
  SessionInfo,
  SetupFinished,
  SetupFinishInput,
  SetupStart,
  Signal,
  SignalInput,
  SignalUpdate,
  StatusChangeInput,
  User,
  UserInput,
} from '@klankbord/contract'
import type { AuditFilters } from '../routing/audit-filters.js'
import type {
  AssignInput,
  AuditList,
  ConsentInput,
  Created,
  InboxVersion,
  MessageInput,
  MunicipalityList,
  NoteInput,
  PartnerList,
  PersonalDataCheck,
  PersonList,
  SetupLink,
  SignalList,
  TimeLogInput,
  UserList,
  UserUpdate,
} from './contract-types.js'
import { queryString, request } from './http.js'

const casepath = (id: string, rest = '') => `/inbox/concerns/${encodeURIComponent(id)}${rest}`
const item = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`

/** One function per operation in the API's access table (api/src/auth/operations.ts). */
export const api = {
  login: (input: LoginInput) => request<SessionInfo>('POST', '/auth/login', input),
  session: () => request<SessionInfo>('GET', '/auth/session'),
  logout: () => request<void>('POST', '/auth/logout'),
  logoutEverywhere: () => request<void>('POST', '/auth/logout-everywhere'),
  startSetup: (token: string) => request<SetupStart>('POST', '/auth/setup/start', { token }),
  finishSetup: (input: SetupFinishInput) => request<SetupFinished>('POST', '/auth/setup/finish', input),

  listInbox: (query: InboxQuery) => request<InboxList>('GET', `/inbox/concerns${queryString(query as Record<string, string | number | undefined>)}`),
  inboxVersion: () => request<InboxVersion>('GET', '/inbox/version'),
  createIntake: (input: ConfidantIntakeInput) => request<ConcernCreated>('POST', '/inbox/concerns', input),
  getCase: (id: string) => request<CaseDetail>('GET', casepath(id)),
  changeStatus: (id: string, input: StatusChangeInput) => request<void>('POST', casepath(id, '/status'), input),
  assign: (id: string, input: AssignInput) => request<void>('POST', casepath(id, '/assignment'), input),
  addNote: (id: string, input: NoteInput) => request<Created>('POST', casepath(id, '/notes'), input),
  logContact: (id: string, input: ContactLogInput) => request<Created>('POST', casepath(id, '/contacts'), input),
  logTime: (id: string, input: TimeLogInput) => request<Created>('POST', casepath(id, '/time'), input),
  recordConsent: (id: string, input: ConsentInput) => request<Created>('POST', casepath(id, '/consents'), input),
  sendMessage: (id: string, input: MessageInput) => request<Created>('POST', casepath(id, '/messages'), input),
  listConfidants: () => request<PersonList>('GET', '/inbox/confidants'),

  listSignals: () => request<SignalList>('GET', '/inbox/signals'),
  createSignal: (input: SignalInput) => request<Signal>('POST', '/inbox/signals', input),
  updateSignal: (id: string, input: SignalUpdate) => request<Signal>('PATCH', item('/inbox/signals', id), input),
  checkPersonalData: (text: string) => request<PersonalDataCheck>('POST', '/inbox/personal-data-check', { text }),

  listMunicipalities: () => request<MunicipalityList>('GET', '/admin/municipalities'),
  createMunicipality: (input: MunicipalityInput) => request<Municipality>('POST', '/admin/municipalities', input),
  updateMunicipality: (id: string, input: MunicipalityInput) => request<Municipality>('PATCH', item('/admin/municipalities', id), input),
  listPartners: () => request<PartnerList>('GET', '/admin/partners'),
  createPartner: (input: PartnerInput) => request<Partner>('POST', '/admin/partners', input),
  updatePartner: (id: string, input: PartnerInput) => request<Partner>('PATCH', item('/admin/partners', id), input),
  listUsers: () => request<UserList>('GET', '/admin/users'),
  createUser: (input: UserInput) => request<SetupLink>('POST', '/admin/users', input),
  updateUser: (id: string, input: UserUpdate) => request<User>('PATCH', item('/admin/users', id), input),
  unlockUser: (id: string) => request<void>('POST', item('/admin/users', id) + '/unlock'),
  resetUser: (id: string) => request<SetupLink>('POST', item('/admin/users', id) + '/reset'),
  listAudit: (filters: AuditFilters) => request<AuditList>('GET', `/admin/audit${queryString(filters)}`),
}

/** The CSV download of the audit log with the same filters; a plain link, so the browser saves the file. */
export const auditCsvUrl = (filters: AuditFilters): string => `/api/v1/admin/audit${queryString({ ...filters, format: 'csv', limit: 10_000 })}`
