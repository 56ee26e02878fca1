// Numbers written out, as residents write ages: "tweeëntachtig", "vijftien", "seventy-nine".
// "een" and "one" are left out alone: they are nearly always an article.
const UNITS = 'twee|drie|vier|vijf|zes|zeven|acht|negen'
const UNITS_IN_COMPOUNDS = `een|één|${UNITS}`
const TEENS = 'tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien'
const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig'
// "tweeëntachtig", also "twee-en-tachtig" and "twee en tachtig" as some write it.
const DUTCH_BELOW_HUNDRED = `(?:(?:${UNITS_IN_COMPOUNDS})(?:en|ën|-en-| en )(?:${TENS})|${TENS}|${TEENS}|${UNITS})`
const EN_UNITS = 'two|three|four|five|six|seven|eight|nine'
const EN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const EN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const ENGLISH_BELOW_HUNDRED = `(?:(?:${EN_TENS})(?:[- ](?:one|${EN_UNITS}))?|${EN_TEENS}|${EN_UNITS})`

/** A regular-expression source for a number from one to about 120 in Dutch or English words. */
export const NUMBER_WORDS = `(?:honderd(?:en)?(?:${DUTCH_BELOW_HUNDRED})?|${DUTCH_BELOW_HUNDRED}|(?:a |one )?hundred(?: and ${ENGLISH_BELOW_HUNDRED})?|${ENGLISH_BELOW_HUNDRED})`

/** Words between a verb and an age: "is nu 83", "is bijna 90", "is precies 83". */
export const AGE_ADVERBS = '(?:nu|al|bijna|pas|net|inmiddels|intussen|ondertussen|ruim|ongeveer|amper|nog geen|nog|maar|zelf|precies|sinds kort|only|almost|just|now)'
