import { Secret, TOTP } from 'otpauth'

const PERIOD_S = 30
const ISSUER = 'Klankbord'

/** A new authenticator secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) })
}

/** The otpauth:// URI that authenticator apps read from a QR code. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString()
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step it matched, or
 * undefined. A step at or before `lastStep` is refused, so a code seen over someone's shoulder cannot be reused.
 */
export function verifyTotp(secret: string, code: string, nowMs: number, lastStep: number | null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined
  const delta = totp(secret).validate({ token: code, timestamp: nowMs, window: 1 })
  if (delta === null) return undefined
  const step = Math.floor(nowMs / 1000 / PERIOD_S) + delta
  return lastStep !== null && step <= lastStep ? undefined : step
}

/** The current code; used by tests and the CLI, never sent anywhere. */
export function currentTotp(secret: string, nowMs: number): string {
  return totp(secret).generate({ timestamp: nowMs })
}
