// Numbers written out, as residents write ages: "tweeëntachtig", "vijftien", "seventy-nine".
const UNITS = 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen'
const TEENS = 'tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien'
const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig'
const DUTCH_BELOW_HUNDRED = `(?:(?:${UNITS})(?:en|ën)(?:${TENS})|${TENS}|${TEENS}|${UNITS})`
const EN_UNITS = 'one|two|three|four|five|six|seven|eight|nine'
const EN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const EN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const ENGLISH_BELOW_HUNDRED = `(?:(?:${EN_TENS})(?:[- ](?:${EN_UNITS}))?|${EN_TEENS}|${EN_UNITS})`

/** A regular-expression source for a number from one to about 120 in Dutch or English words. */
export const NUMBER_WORDS = `(?:honderd(?:en)?(?:${DUTCH_BELOW_HUNDRED})?|${DUTCH_BELOW_HUNDRED}|(?:a |one )?hundred(?: and ${ENGLISH_BELOW_HUNDRED})?|${ENGLISH_BELOW_HUNDRED})`
