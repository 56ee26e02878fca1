import * as z from 'zod/mini'
import { INBOX_LIMITS, ROLES } from './vocabulary.js'

/** A one-time code from an authenticator app (6 digits) or a recovery code (groups of letters and digits). */
const SecondFactor = z
  .string()
  .check(z.trim(), z.minLength(6), z.maxLength(32))
  .register(z.globalRegistry, { description: 'Code uit de authenticator-app (6 cijfers) of een herstelcode.' })

export const LoginInput = z
  .strictObject({
    email: z.email().check(z.maxLength(254)),
    password: z.string().check(z.minLength(1), z.maxLength(INBOX_LIMITS.passwordMax)),
    code: z.optional(SecondFactor),
  })
  .register(z.globalRegistry, { id: 'LoginInput', description: 'Inloggen met e-mailadres, wachtwoord en (voor vertrouwenspersoon en beheerder) een tweede factor.' })
export type LoginInput = z.infer<typeof LoginInput>

export const SessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    municipalityIds: z.array(z.string()).register(z.globalRegistry, { description: 'Gemeenten waarvan deze gebruiker meldingen ziet.' }),
  })
  .register(z.globalRegistry, { id: 'SessionUser', description: 'De ingelogde gebruiker.' })
export type SessionUser = z.infer<typeof SessionUser>

export const SessionInfo = z
  .object({
    user: SessionUser,
    municipalities: z.array(z.object({ id: z.string(), name: z.string() })).register(z.globalRegistry, { description: 'Namen van de gemeenten van de gebruiker.' }),
    csrfToken: z.string().register(z.globalRegistry, { description: 'Stuur mee als header `X-CSRF-Token` bij elk verzoek dat iets verandert.' }),
    idleExpiresAt: z.iso.datetime(),
    absoluteExpiresAt: z.iso.datetime(),
  })
  .register(z.globalRegistry, { id: 'SessionInfo', description: 'De huidige sessie.' })
export type SessionInfo = z.infer<typeof SessionInfo>

export const SetupStartInput = z
  .strictObject({ token: z.string().check(z.minLength(16), z.maxLength(128)) })
  .register(z.globalRegistry, { id: 'SetupStartInput', description: 'De code uit de eenmalige link.' })

export const SetupStart = z
  .object({
    email: z.string(),
    role: z.enum(ROLES),
    totpRequired: z.boolean(),
    totpSecret: z.optional(z.string()).register(z.globalRegistry, { description: 'Geheim voor de authenticator-app (base32), als tweestapsverificatie nodig is.' }),
    totpUri: z.optional(z.string()).register(z.globalRegistry, { description: 'otpauth://-adres, om als QR-code te tonen.' }),
    passwordMin: z.int(),
  })
  .register(z.globalRegistry, { id: 'SetupStart', description: 'Wat nodig is om een account af te maken.' })
export type SetupStart = z.infer<typeof SetupStart>

export const SetupFinishInput = z
  .strictObject({
    token: z.string().check(z.minLength(16), z.maxLength(128)),
    password: z.string().check(z.minLength(1), z.maxLength(INBOX_LIMITS.passwordMax)),
    code: z.optional(z.string().check(z.trim(), z.regex(/^\d{6}$/))),
  })
  .register(z.globalRegistry, { id: 'SetupFinishInput', description: 'Wachtwoord en eerste code uit de authenticator-app.' })
export type SetupFinishInput = z.infer<typeof SetupFinishInput>

export const SetupFinished = z
  .object({
    recoveryCodes: z.array(z.string()).register(z.globalRegistry, { description: 'Herstelcodes; elk één keer te gebruiken. Worden maar één keer getoond.' }),
  })
  .register(z.globalRegistry, { id: 'SetupFinished', description: 'Het account is klaar.' })
export type SetupFinished = z.infer<typeof SetupFinished>
