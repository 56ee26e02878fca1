import type { Locale } from '@klankbord/contract/vocabulary'

/** The languages of an Accept-Language header, most wanted first, as lower-case base tags (`nl-BE` is `nl`); refused ones (q=0) left out. */
export function acceptedLanguages(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { base: tag.split('-')[0]!, q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((entry) => entry.base && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.base)
}

/** English when the client prefers it, Dutch otherwise: the municipality's language is the default. */
export function preferredLocale(acceptLanguage: string | undefined, bodyLocale?: unknown): Locale {
  if (bodyLocale === 'en' || bodyLocale === 'nl') return bodyLocale
  return acceptedLanguages(acceptLanguage).find((tag): tag is Locale => tag === 'nl' || tag === 'en') ?? 'nl'
}
