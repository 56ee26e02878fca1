/** Words after which a capitalised word names a place rather than a person: "in Heijen", "uit Ottersum", "te Gennep". */
export const PLACE_CUES: ReadonlySet<string> = new Set(['in', 'uit', 'te', 'vanuit', 'from', 'út'])
