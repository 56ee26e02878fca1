const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** An id from the URL hash, or undefined when the value could not be one: it is dropped, never passed on to the API. */
export const idParam = (value: string | null | undefined): string | undefined => (value && ID_PATTERN.test(value) ? value : undefined)

/** One of the codes, or undefined. */
export const codeParam = <Code extends string>(codes: readonly Code[], value: string | null | undefined): Code | undefined =>
  value && (codes as readonly string[]).includes(value) ? (value as Code) : undefined

/** The record without its undefined entries, so a value that was dropped is no key at all. */
export function withoutUndefined<Values extends object>(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Values
}

/** A hash query with the keys in the order given, so equal values give equal links; empty and false values are left out. */
export function hashParams(entries: readonly (readonly [string, string | number | boolean | undefined])[]): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of entries) if (value) params.set(key, String(value))
  return params
}
