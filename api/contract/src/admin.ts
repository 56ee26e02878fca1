import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { LinkUrl } from './link-url.js'
import { multiLine, singleLine } from './text.js'
import { PARTNER_KEY_PATTERN, PARTNER_KINDS, ROLES } from './vocabulary.js'

export const MunicipalitySettingsInput = namedStrictObject('MunicipalitySettingsInput', {
  confidantName: singleLine().check(z.minLength(1), z.maxLength(120)),
  confidantPhone: singleLine().check(z.minLength(1), z.maxLength(40)),
  walkInHours: multiLine().check(z.maxLength(300)),
  privacyStatementUrl: LinkUrl,
  firstContactWorkingDays: z.int().check(z.minimum(1), z.maximum(20)),
  complaintProcedureUrl: z
    .optional(LinkUrl)
    .register(z.globalRegistry, { description: 'Pagina van de gemeente over een klacht indienen; de inwoner ziet die als de melding is afgesloten.' }),
  ombudsman: z
    .optional(z.strictObject({ name: singleLine().check(z.minLength(1), z.maxLength(120)), url: LinkUrl }))
    .register(z.globalRegistry, { description: 'De ombudsman van de gemeente, als die er is. Zonder: de Nationale ombudsman.' }),
})

export const MunicipalityInput = namedStrictObject('MunicipalityInput', {
  name: singleLine().check(z.minLength(1), z.maxLength(120)),
  retentionMonths: z.int().check(z.minimum(1), z.maximum(120)),
  settings: MunicipalitySettingsInput,
})
export type MunicipalityInput = z.infer<typeof MunicipalityInput>

export const Municipality = z.extend(MunicipalityInput, { id: z.string(), createdAt: z.iso.datetime() }).register(z.globalRegistry, { id: 'Municipality' })
export type Municipality = z.infer<typeof Municipality>

const Origin = singleLine({ trim: false })
  .check(z.regex(/^https?:\/\/[^/\s?#]+$/), z.maxLength(200))
  .register(z.globalRegistry, { description: 'Herkomst van een website, bijvoorbeeld `https://www.gemeente.nl` (zonder pad).' })

export const PartnerInput = namedStrictObject('PartnerInput', {
  municipalityId: singleLine({ trim: false }).check(z.minLength(1), z.maxLength(64)),
  name: singleLine().check(z.minLength(1), z.maxLength(120)),
  kind: z.enum(PARTNER_KINDS),
  key: z
    .string()
    .check(z.regex(PARTNER_KEY_PATTERN))
    .register(z.globalRegistry, { description: 'Openbare sleutel in de embedcode (kleine letters, cijfers, streepjes).' }),
  allowedOrigins: z.array(Origin).check(z.maxLength(20)),
})
export type PartnerInput = z.infer<typeof PartnerInput>

export const Partner = z.extend(PartnerInput, { id: z.string(), createdAt: z.iso.datetime() }).register(z.globalRegistry, { id: 'Partner' })
export type Partner = z.infer<typeof Partner>

export const UserInput = namedStrictObject('UserInput', {
  email: z.email().check(z.maxLength(254)),
  name: singleLine().check(z.minLength(1), z.maxLength(120)),
  role: z.enum(ROLES),
  municipalityIds: z.array(singleLine({ trim: false }).check(z.maxLength(64))).check(z.maxLength(50)),
})
export type UserInput = z.infer<typeof UserInput>

export const UserUpdate = namedStrictObject('UserUpdate', {
  name: z.optional(singleLine().check(z.minLength(1), z.maxLength(120))),
  role: z.optional(z.enum(ROLES)),
  municipalityIds: z.optional(z.array(singleLine({ trim: false }).check(z.maxLength(64))).check(z.maxLength(50))),
  disabled: z.optional(z.boolean()),
})
export type UserUpdate = z.infer<typeof UserUpdate>

export const User = namedObject('User', {
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  municipalityIds: z.array(z.string()),
  active: z.boolean().register(z.globalRegistry, { description: 'Het account is afgemaakt (wachtwoord en zo nodig tweestapsverificatie).' }),
  disabled: z.boolean(),
  locked: z.boolean().register(z.globalRegistry, { description: 'Geblokkeerd na te veel mislukte inlogpogingen.' }),
  createdAt: z.iso.datetime(),
})
export type User = z.infer<typeof User>

export const SetupLink = namedObject('SetupLink', { user: User, setupUrl: z.string().register(z.globalRegistry, { description: 'Eenmalige link om het account af te maken; 7 dagen geldig.' }) })
export type SetupLink = z.infer<typeof SetupLink>

export const AuditEntry = namedObject('AuditEntry', 'Eén regel uit het logboek van verwerkingen; nooit de persoonsgegevens zelf.', {
  id: z.string(),
  traceId: z.string(),
  spanId: z.string(),
  name: z.string().register(z.globalRegistry, { description: 'De handeling, bijvoorbeeld `concern.read`.' }),
  statusCode: z.enum(['OK', 'ERROR']),
  startTime: z.iso.datetime(),
  endTime: z.iso.datetime(),
  actor: z.object({ id: z.nullable(z.string()), name: z.nullable(z.string()), role: z.string() }),
  processingActivity: z.string().register(z.globalRegistry, { description: 'Verwerkingsactiviteit uit het register (doel).' }),
  objectType: z.string(),
  objectId: z.nullable(z.string()),
  origin: z.nullable(z.string()).register(z.globalRegistry, { description: 'IP-adres van waar de handeling kwam.' }),
})
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditQuery = namedStrictObject('AuditQuery', {
  objectId: z.optional(singleLine({ trim: false }).check(z.maxLength(64))),
  actorId: z.optional(singleLine({ trim: false }).check(z.maxLength(64))),
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  format: z._default(z.enum(['json', 'csv']), 'json'),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 200),
})

export const AuditList = namedObject('AuditList', { items: z.array(AuditEntry) })
export type AuditList = z.infer<typeof AuditList>
export const MunicipalityList = namedObject('MunicipalityList', { items: z.array(Municipality) })
export type MunicipalityList = z.infer<typeof MunicipalityList>
export const PartnerList = namedObject('PartnerList', { items: z.array(Partner) })
export type PartnerList = z.infer<typeof PartnerList>
export const UserList = namedObject('UserList', { items: z.array(User) })
export type UserList = z.infer<typeof UserList>
