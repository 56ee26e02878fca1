import * as z from 'zod'
import { LinkUrl, multiLine, singleLine } from './text.js'
import { PARTNER_KINDS, ROLES } from './vocabulary.js'

export const MunicipalitySettingsInput = z
  .strictObject({
    confidantName: singleLine().min(1).max(120),
    confidantPhone: singleLine().min(1).max(40),
    walkInHours: multiLine().max(300),
    privacyStatementUrl: LinkUrl,
    firstContactWorkingDays: z.int().min(1).max(20),
  })
  .meta({ id: 'MunicipalitySettingsInput' })

export const MunicipalityInput = z
  .strictObject({
    name: singleLine().min(1).max(120),
    retentionMonths: z.int().min(1).max(120),
    settings: MunicipalitySettingsInput,
  })
  .meta({ id: 'MunicipalityInput' })
export type MunicipalityInput = z.infer<typeof MunicipalityInput>

export const Municipality = MunicipalityInput.extend({ id: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'Municipality' })
export type Municipality = z.infer<typeof Municipality>

const Origin = singleLine({ trim: false })
  .regex(/^https?:\/\/[^/\s?#]+$/)
  .max(200)
  .meta({ description: 'Herkomst van een website, bijvoorbeeld `https://www.gemeente.nl` (zonder pad).' })

export const PartnerInput = z
  .strictObject({
    municipalityId: singleLine({ trim: false }).min(1).max(64),
    name: singleLine().min(1).max(120),
    kind: z.enum(PARTNER_KINDS),
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/).meta({ description: 'Openbare sleutel in de embedcode (kleine letters, cijfers, streepjes).' }),
    allowedOrigins: z.array(Origin).max(20),
  })
  .meta({ id: 'PartnerInput' })
export type PartnerInput = z.infer<typeof PartnerInput>

export const Partner = PartnerInput.extend({ id: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'Partner' })
export type Partner = z.infer<typeof Partner>

export const UserInput = z
  .strictObject({
    email: z.email().max(254),
    name: singleLine().min(1).max(120),
    role: z.enum(ROLES),
    municipalityIds: z.array(singleLine({ trim: false }).max(64)).max(50),
  })
  .meta({ id: 'UserInput' })
export type UserInput = z.infer<typeof UserInput>

export const UserUpdate = z
  .strictObject({
    name: singleLine().min(1).max(120).optional(),
    role: z.enum(ROLES).optional(),
    municipalityIds: z.array(singleLine({ trim: false }).max(64)).max(50).optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UserUpdate' })
export type UserUpdate = z.infer<typeof UserUpdate>

export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    municipalityIds: z.array(z.string()),
    active: z.boolean().meta({ description: 'Het account is afgemaakt (wachtwoord en zo nodig tweestapsverificatie).' }),
    disabled: z.boolean(),
    locked: z.boolean().meta({ description: 'Geblokkeerd na te veel mislukte inlogpogingen.' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' })
export type User = z.infer<typeof User>

export const SetupLink = z
  .object({ user: User, setupUrl: z.string().meta({ description: 'Eenmalige link om het account af te maken; 7 dagen geldig.' }) })
  .meta({ id: 'SetupLink' })
export type SetupLink = z.infer<typeof SetupLink>

export const AuditEntry = z
  .object({
    id: z.string(),
    traceId: z.string(),
    spanId: z.string(),
    name: z.string().meta({ description: 'De handeling, bijvoorbeeld `concern.read`.' }),
    statusCode: z.enum(['OK', 'ERROR']),
    startTime: z.iso.datetime(),
    endTime: z.iso.datetime(),
    actor: z.object({ id: z.string().nullable(), name: z.string().nullable(), role: z.string() }),
    processingActivity: z.string().meta({ description: 'Verwerkingsactiviteit uit het register (doel).' }),
    objectType: z.string(),
    objectId: z.string().nullable(),
    origin: z.string().nullable().meta({ description: 'IP-adres van waar de handeling kwam.' }),
  })
  .meta({ id: 'AuditEntry', description: 'Eén regel uit het logboek van verwerkingen; nooit de persoonsgegevens zelf.' })
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditQuery = z
  .strictObject({
    objectId: singleLine({ trim: false }).max(64).optional(),
    actorId: singleLine({ trim: false }).max(64).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    format: z.enum(['json', 'csv']).default('json'),
    limit: z.coerce.number().int().min(1).max(10_000).default(200),
  })
  .meta({ id: 'AuditQuery' })

export const AuditList = z.object({ items: z.array(AuditEntry) }).meta({ id: 'AuditList' })
export type AuditList = z.infer<typeof AuditList>
export const MunicipalityList = z.object({ items: z.array(Municipality) }).meta({ id: 'MunicipalityList' })
export type MunicipalityList = z.infer<typeof MunicipalityList>
export const PartnerList = z.object({ items: z.array(Partner) }).meta({ id: 'PartnerList' })
export type PartnerList = z.infer<typeof PartnerList>
export const UserList = z.object({ items: z.array(User) }).meta({ id: 'UserList' })
export type UserList = z.infer<typeof UserList>
