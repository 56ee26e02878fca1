import { SpamSuspectedError } from './errors.js'

/** Runs on the body before validation: a bot that filled the honeypot learns nothing about its fields, whatever else it sent. */
export function refuseFilledHoneypot(body: unknown): void {
  const website = (body as { website?: unknown } | null)?.website
  if (website !== undefined && website !== null && website !== '') throw new SpamSuspectedError()
}
