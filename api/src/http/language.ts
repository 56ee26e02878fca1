import type { Locale } from '@klankbord/contract/vocabulary'

/** English when the client prefers it, Dutch otherwise: the municipality's language is the default. */
export function preferredLocale(acceptLanguage: string | undefined, bodyLocale?: unknown): Locale {
  if (bodyLocale === 'en' || bodyLocale === 'nl') return bodyLocale
  if (!acceptLanguage) return 'nl'
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag, q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl'
    if (tag.startsWith('en')) return 'en'
  }
  return 'nl'
}
