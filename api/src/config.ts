import { resolve } from 'node:path'
import * as z from 'zod'

const Switch = z.enum(['on', 'off'])

const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  KLANKBORD_PUBLIC_URL: z.url().optional(),
  KLANKBORD_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  KLANKBORD_SECRET_KEY: z.string().optional(),
  KLANKBORD_PREVIOUS_SECRET_KEY: z.string().optional(),
  KLANKBORD_POW: Switch.default('on'),
  KLANKBORD_POW_DIFFICULTY: z.coerce.number().int().min(1).max(6).default(4),
  KLANKBORD_RATE_LIMIT: Switch.default('on'),
  KLANKBORD_TRUST_PROXY: Switch.default('off'),
  KLANKBORD_DURABLE_FLUSH: Switch.default('on'),
  KLANKBORD_SMTP_URL: z.string().regex(/^smtps?:\/\//).optional(),
  KLANKBORD_MAIL_FROM: z.string().default('Klankbord <no-reply@localhost>'),
  KLANKBORD_PUBLIC_STATISTICS: Switch.default('off'),
  KLANKBORD_MIN_CELL: z.coerce.number().int().min(2).max(100).default(5),
  KLANKBORD_JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = {
  readonly host: string
  readonly port: number
  readonly publicUrl: string | undefined
  readonly dataDir: string
  readonly databaseUrl: string | undefined
  readonly secretKey: string | undefined
  /** During a key rotation with KLANKBORD_SECRET_KEY: the key before it, which still decrypts. */
  readonly previousSecretKey: string | undefined
  readonly proofOfWork: boolean
  /** Hex digits the proof-of-work key must start with zeros; 4 takes a phone about a second. */
  readonly powDifficulty: number
  readonly rateLimit: boolean
  readonly trustProxy: boolean
  /** Off only in tests that measure the cost of the flush itself. */
  readonly durableFlush: boolean
  /** smtp(s)://user:password@host:port; without it no e-mail is sent. */
  readonly smtpUrl: string | undefined
  readonly mailFrom: string
  /** The smallest count published in statistics; smaller ones are suppressed (k). */
  readonly minCell: number
  /** The statistics (never case data) are open to everyone, not only to signed-in staff. */
  readonly publicStatistics: boolean
  /** How long an instance holds a nightly job without renewing: how soon another takes over from a crashed one. */
  readonly jobLeaseSeconds: number
  readonly logLevel: z.infer<typeof Env>['LOG_LEVEL']
}

/** Parses the environment once; the only place that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = Env.safeParse(env)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`Invalid configuration: ${fields}`)
  }
  const e = parsed.data
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.KLANKBORD_PUBLIC_URL,
    dataDir: resolve(e.KLANKBORD_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secretKey: e.KLANKBORD_SECRET_KEY,
    previousSecretKey: e.KLANKBORD_PREVIOUS_SECRET_KEY,
    proofOfWork: e.KLANKBORD_POW === 'on',
    powDifficulty: e.KLANKBORD_POW_DIFFICULTY,
    rateLimit: e.KLANKBORD_RATE_LIMIT === 'on',
    trustProxy: e.KLANKBORD_TRUST_PROXY === 'on',
    durableFlush: e.KLANKBORD_DURABLE_FLUSH === 'on',
    smtpUrl: e.KLANKBORD_SMTP_URL,
    mailFrom: e.KLANKBORD_MAIL_FROM,
    minCell: e.KLANKBORD_MIN_CELL,
    publicStatistics: e.KLANKBORD_PUBLIC_STATISTICS === 'on',
    jobLeaseSeconds: e.KLANKBORD_JOB_LEASE_SECONDS,
    logLevel: e.LOG_LEVEL,
    ...overrides,
  })
}
