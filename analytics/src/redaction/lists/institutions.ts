/** Nouns that, right after a person's or a place's name, make it an institution's name ("Albert Schweitzer ziekenhuis"). */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  'ziekenhuis ziekenhuizen kliniek school scholen basisschool college lyceum gymnasium stichting fonds instituut zorgcentrum verpleeghuis woonzorgcentrum museum stadion hospital clinic foundation institute'.split(' '),
)

/** Family names that, after a given name, make it a shop's or chain's name ("Albert Heijn", "Jan Linders"). */
export const BRAND_SURNAMES: ReadonlySet<string> = new Set(['heijn', 'linders'])
