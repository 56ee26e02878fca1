/** Endings of a neighbourhood's name written as one word: "Schilderswijk", "Vogelbuurt", "Zeeheldenkwartier". */
export const AREA_ENDINGS = ['wijk', 'buurt', 'kwartier'] as const

/**
 * Compounds with those endings that name a kind of neighbourhood, not one neighbourhood: "in de nieuwbouwwijk".
 * The dictionary lists no compounds, so these are written out.
 */
export const GENERIC_AREA_HEADS: ReadonlySet<string> = new Set(
  ('woon nieuwbouw achterstand achterstands probleem vinex arbeiders villa pracht kracht aandachts buiten rand stads ' +
    'uitbreidings focus winkel volks achter rosse naoorlogse oude nieuwe hele eigen andere zelfde hoek woonerf ' +
    'bedrijven industrie kantoor studenten migranten allochtonen rijke arme dure goedkope wijk buurt stad dorps ' +
    'grachten binnen centrum randstad huur koop sociale senioren ouderen gezins kinder speel jaren30 jaren-30 ' +
    'bloemkool tuin tuinen tuindorp hofjes').split(' '),
)
