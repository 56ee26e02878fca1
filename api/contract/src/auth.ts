import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { INBOX_LIMITS, ROLES } from './vocabulary.js'

/** A one-time code from an authenticator app (6 digits) or a recovery code (groups of letters and digits). */
const SecondFactor = z
  .string()
  .check(z.trim(), z.minLength(6), z.maxLength(32))
  .register(z.globalRegistry, { description: 'Code uit de authenticator-app (6 cijfers) of een herstelcode.' })

export const LoginInput = namedStrictObject('LoginInput', 'Inloggen met e-mailadres, wachtwoord en (voor vertrouwenspersoon en beheerder) een tweede factor.', {
  email: z.email().check(z.maxLength(254)),
  password: z.string().check(z.minLength(1), z.maxLength(INBOX_LIMITS.passwordMax)),
  code: z.optional(SecondFactor),
})
export type LoginInput = z.infer<typeof LoginInput>

export const SessionUser = namedObject('SessionUser', 'De ingelogde gebruiker.', {
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  municipalityIds: z.array(z.string()).register(z.globalRegistry, { description: 'Gemeenten waarvan deze gebruiker meldingen ziet.' }),
})
export type SessionUser = z.infer<typeof SessionUser>

export const SessionInfo = namedObject('SessionInfo', 'De huidige sessie.', {
  user: SessionUser,
  municipalities: z.array(z.object({ id: z.string(), name: z.string() })).register(z.globalRegistry, { description: 'Namen van de gemeenten van de gebruiker.' }),
  csrfToken: z.string().register(z.globalRegistry, { description: 'Stuur mee als header `X-CSRF-Token` bij elk verzoek dat iets verandert.' }),
  idleExpiresAt: z.iso.datetime(),
  absoluteExpiresAt: z.iso.datetime(),
})
export type SessionInfo = z.infer<typeof SessionInfo>

export const SetupStartInput = namedStrictObject('SetupStartInput', 'De code uit de eenmalige link.', { token: z.string().check(z.minLength(16), z.maxLength(128)) })

export const SetupStart = namedObject('SetupStart', 'Wat nodig is om een account af te maken.', {
  email: z.string(),
  role: z.enum(ROLES),
  totpRequired: z.boolean(),
  totpSecret: z.optional(z.string()).register(z.globalRegistry, { description: 'Geheim voor de authenticator-app (base32), als tweestapsverificatie nodig is.' }),
  totpUri: z.optional(z.string()).register(z.globalRegistry, { description: 'otpauth://-adres, om als QR-code te tonen.' }),
  passwordMin: z.int(),
})
export type SetupStart = z.infer<typeof SetupStart>

export const SetupFinishInput = namedStrictObject('SetupFinishInput', 'Wachtwoord en eerste code uit de authenticator-app.', {
  token: z.string().check(z.minLength(16), z.maxLength(128)),
  password: z.string().check(z.minLength(1), z.maxLength(INBOX_LIMITS.passwordMax)),
  code: z.optional(z.string().check(z.trim(), z.regex(/^\d{6}$/))),
})
export type SetupFinishInput = z.infer<typeof SetupFinishInput>

export const SetupFinished = namedObject('SetupFinished', 'Het account is klaar.', {
  recoveryCodes: z.array(z.string()).register(z.globalRegistry, { description: 'Herstelcodes; elk één keer te gebruiken. Worden maar één keer getoond.' }),
})
export type SetupFinished = z.infer<typeof SetupFinished>
