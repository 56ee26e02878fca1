import { pino, type Logger } from 'pino'

export type Log = Logger

/**
 * JSON lines on stderr. Callers pass IDs and codes only; the redact list is a safety net in case
 * a request body or contact object is ever passed by mistake.
 */
export function createLog(level: string, destination: NodeJS.WritableStream = process.stderr): Log {
  return pino(
    {
      level,
      base: { service: 'klankbord-api' },
      redact: {
        paths: ['body', 'description', 'contact', 'email', 'phone', 'name', 'followUpCode', 'req.headers["follow-up-code"]', '*.description', '*.contact', '*.email', '*.phone'],
        censor: '[redacted]',
      },
    },
    destination,
  )
}
