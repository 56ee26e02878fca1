import * as z from 'zod/mini'
import { IDEMPOTENCY_KEY_PATTERN } from '../concern.js'
import { LIMITS, REFERENCE_PATTERN } from '../vocabulary.js'

// The path parameters and request headers operations share; each description is what the OpenAPI document says.

export const IdParams = z.object({ id: z.string().register(z.globalRegistry, { description: 'Id van het object.' }) })

/** A reference in another form answers like an unknown one (404), so the pattern describes and the handler decides. */
export const ReferenceParams = z.object({
  reference: z
    .string()
    .check(z.regex(REFERENCE_PATTERN))
    .register(z.globalRegistry, { description: 'Kenmerk van de melding, bijvoorbeeld KB-7Q4M-X2PD.' }),
})

export const PartnerKeyParams = z.object({
  key: z
    .string()
    .check(z.maxLength(LIMITS.partnerKeyMax))
    .register(z.globalRegistry, { description: 'Sleutel van de partner.' }),
})

/** An unknown table answers 404, so the pattern describes and the handler decides. */
export const TableParams = z.object({
  table: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9_]*$/))
    .register(z.globalRegistry, { description: 'Naam van de tabel, zie GET /statistics.' }),
})

export const ReportParams = z.strictObject({
  year: z
    .string()
    .check(z.regex(/^\d{4}$/))
    .register(z.globalRegistry, { description: 'Het jaar van het verslag, bijvoorbeeld 2025.' }),
})

/** The code travels in a header, never in the URL, so it stays out of logs, proxies and browser history. */
export const FollowUpHeaders = z.object({ 'Follow-Up-Code': z.string().register(z.globalRegistry, { description: 'De geheime volgcode.' }) })

export const IdempotencyHeaders = z.object({
  'Idempotency-Key': z
    .optional(z.string().check(z.regex(IDEMPOTENCY_KEY_PATTERN)))
    .register(z.globalRegistry, { description: 'Unieke sleutel per melding (8 tot 128 tekens), zodat opnieuw proberen veilig is.' }),
})
