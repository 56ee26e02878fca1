import type { InvalidParam } from '@klankbord/contract'

/** Error messages by field path (`contact.email`, `allowedOrigins.2`). */
export type FieldErrors = Record<string, string>

/** The server's per-field reasons; a path may repeat (two rules on one field), the first reason wins. */
export function fieldErrorsFrom(params: readonly InvalidParam[] | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const param of params ?? []) {
    const name = param.name || '_'
    errors[name] ??= param.reason
  }
  return errors
}

/** The error for a field, or for one of its items (`kinds.0` shows at `kinds`). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name] !== undefined) return errors[name]
  const item = Object.keys(errors).find((key) => key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1).split('.')[0] ?? ''))
  return item === undefined ? undefined : errors[item]
}

/** The element id of a field path within a form: `intake` + `contact.email` → `intake-contact-email`. */
export const fieldId = (prefix: string, name: string): string => `${prefix}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`

/** Candidate ids for a path, most specific first: `a.b.2` → `a-b-2`, `a-b`, `a`. */
export function fieldIdCandidates(prefix: string, name: string): string[] {
  const parts = name.split('.')
  return parts.map((_, i) => fieldId(prefix, parts.slice(0, parts.length - i).join('.')))
}
