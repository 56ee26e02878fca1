import * as z from 'zod'
import { INBOX_LIMITS, ROLES } from './vocabulary.js'

/** A one-time code from an authenticator app (6 digits) or a recovery code (groups of letters and digits). */
const SecondFactor = z
  .string()
  .trim()
  .min(6)
  .max(32)
  .meta({ description: 'Code uit de authenticator-app (6 cijfers) of een herstelcode.' })

export const LoginInput = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(INBOX_LIMITS.passwordMax),
    code: SecondFactor.optional(),
  })
  .meta({ id: 'LoginInput', description: 'Inloggen met e-mailadres, wachtwoord en (voor vertrouwenspersoon en beheerder) een tweede factor.' })
export type LoginInput = z.infer<typeof LoginInput>

export const SessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    municipalityIds: z.array(z.string()).meta({ description: 'Gemeenten waarvan deze gebruiker meldingen ziet.' }),
  })
  .meta({ id: 'SessionUser', description: 'De ingelogde gebruiker.' })
export type SessionUser = z.infer<typeof SessionUser>

export const SessionInfo = z
  .object({
    user: SessionUser,
    municipalities: z.array(z.object({ id: z.string(), name: z.string() })).meta({ description: 'Namen van de gemeenten van de gebruiker.' }),
    csrfToken: z.string().meta({ description: 'Stuur mee als header `X-CSRF-Token` bij elk verzoek dat iets verandert.' }),
    idleExpiresAt: z.iso.datetime(),
    absoluteExpiresAt: z.iso.datetime(),
  })
  .meta({ id: 'SessionInfo', description: 'De huidige sessie.' })
export type SessionInfo = z.infer<typeof SessionInfo>

export const SetupStartInput = z
  .strictObject({ token: z.string().min(16).max(128) })
  .meta({ id: 'SetupStartInput', description: 'De code uit de eenmalige link.' })

export const SetupStart = z
  .object({
    email: z.string(),
    role: z.enum(ROLES),
    totpRequired: z.boolean(),
    totpSecret: z.string().optional().meta({ description: 'Geheim voor de authenticator-app (base32), als tweestapsverificatie nodig is.' }),
    totpUri: z.string().optional().meta({ description: 'otpauth://-adres, om als QR-code te tonen.' }),
    passwordMin: z.int(),
  })
  .meta({ id: 'SetupStart', description: 'Wat nodig is om een account af te maken.' })
export type SetupStart = z.infer<typeof SetupStart>

export const SetupFinishInput = z
  .strictObject({
    token: z.string().min(16).max(128),
    password: z.string().min(1).max(INBOX_LIMITS.passwordMax),
    code: z.string().trim().regex(/^\d{6}$/).optional(),
  })
  .meta({ id: 'SetupFinishInput', description: 'Wachtwoord en eerste code uit de authenticator-app.' })
export type SetupFinishInput = z.infer<typeof SetupFinishInput>

export const SetupFinished = z
  .object({ recoveryCodes: z.array(z.string()).meta({ description: 'Herstelcodes; elk één keer te gebruiken. Worden maar één keer getoond.' }) })
  .meta({ id: 'SetupFinished', description: 'Het account is klaar.' })
export type SetupFinished = z.infer<typeof SetupFinished>
