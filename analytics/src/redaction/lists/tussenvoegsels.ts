/** Particles before a Dutch (or Arabic) surname, lower case; a surname phrase is particle + capitalised word. */
export const TUSSENVOEGSELS = [
  'van de la', 'van der', 'van den', 'van de', "van 't", 'van het', 'van ter', 'van la', 'de la', 'in de', "in 't",
  'in het', 'op de', 'op den', "op 't", 'uit de', 'uit den', 'aan de', 'aan den', 'bij de', 'van', 'de', 'der', 'den',
  'ter', 'ten', 'te', "'t", 'het', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'von', 'zu', 'v/d',
  'v.d.', 'vd', 'el', 'al', 'ben', 'bin', 'ait', 'abou', 'abu',
]

/** Particles that alone say a surname follows ("van der Berg", "v/d Sluis"), unlike "de" or "van". */
export const STRONG_TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van de la', 'van der', 'van den', 'van de', "van 't", 'van ter', 'de la', 'v/d', 'v.d.', 'vd',
])

/** Particles that also start ordinary phrases ("in de stad", "op de hoogte"), so only after a title. */
export const POSITIONAL_TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'in de', "in 't", 'in het', 'op de', 'op den', "op 't", 'uit de', 'uit den', 'aan de', 'aan den', 'bij de', 'te',
  'het', 'van het', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'von', 'zu',
])

/** Particles that only count written with a capital ("El Amrani", "Ben Ali"): in lower case they are words. */
export const CAPITALISED_ONLY_TUSSENVOEGSELS: ReadonlySet<string> = new Set(['el', 'al', 'ben', 'bin', 'ait', 'abou', 'abu'])
