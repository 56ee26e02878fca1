/**
 * Endings of Dutch street names. Strict endings rarely end an ordinary word, so they count even in lower case
 * ("kerkstraat 12"); loose endings ("veld", "hof", "berg") also end ordinary words and count only in a
 * capitalised street name.
 */
export const STRICT_STREET_SUFFIXES = [
  'straat', 'str', 'laan', 'weg', 'plein', 'singel', 'sngl', 'gracht', 'kade', 'dijk', 'dyk', 'steeg', 'dreef',
  'allee', 'plantsoen', 'boulevard', 'markt', 'mrkt', 'straatje', 'pleintje', 'steegje', 'wetering', 'pln', 'burgwal',
  // Frisian: "Tsjerkepaed", "Skoalstrjitte", "Mounleane", "de wâlen".
  'strjitte', 'leane', 'paed', 'loane', 'wâl', 'wâlen',
]

export const LOOSE_STREET_SUFFIXES = [
  'hof', 'park', 'pad', 'baan', 'ring', 'veld', 'velden', 'wal', 'erf', 'passage', 'haven', 'oord', 'akker', 'akkers',
  'weide', 'wei', 'kamp', 'zoom', 'donk', 'hoven', 'gaarde', 'brink', 'heuvel', 'berg', 'dal', 'hoek', 'rade',
  'dam', 'burcht', 'hage', 'horst', 'laar', 'meer', 'molen', 'kwartier', 'bongerd', 'boogerd', 'vliet', 'gang',
  'hofje', 'poort', 'tuin', 'tuinen', 'wende', 'stede', 'hoeve', 'beemd', 'beemden', 'bosch', 'bos',
  'linie', 'acker', 'sluis', 'lei', 'heide', 'wijk', 'rij', 'eiland', 'kanaal', 'pier', 'waard',
  // Frisian: "Buorren", "It Heechhiem", "Feart", "Terp".
  'buorren', 'hiem', 'feart', 'terp', 'hoeke', 'pleats',
]

/** Words that are a whole street name on their own ("Markt 3", "Het Plein 2"). */
export const STANDALONE_STREETS = ['markt', 'plein', 'brink', 'dreef', 'kade', 'singel', 'ring', 'dam', 'hof', 'wal', 'laan', 'boulevard', 'haven', 'heuvel', 'kerkplein', 'buorren', 'terp']

/** Ordinary words that end like a street: "onderweg 2 uur", "de supermarkt 3 keer". */
export const NOT_STREETS = new Set([
  'onderweg', 'halfweg', 'snelweg', 'autoweg', 'zijweg', 'omweg', 'supermarkt', 'vrijdagmarkt', 'weekmarkt',
  'arbeidsmarkt', 'woningmarkt', 'huizenmarkt', 'zaterdagmarkt', 'jaarmarkt', 'schoolplein', 'speelplein',
  'zijstraat', 'winkelstraat', 'werkweg', 'werkplein',
])

/** Titles that start street names named after someone ("Burgemeester Kortmannstraat", "Mgr. Zwijsenstraat"). */
export const STREET_NAME_TITLES: ReadonlySet<string> = new Set(
  `burgemeester burg dokter dr pastoor pater prins prinses koningin koning graaf gravin hertog sint st generaal
  kapelaan meester mr professor prof president kardinaal bisschop mgr monseigneur deken notaris wethouder schout
  ridder baron jonkheer kolonel majoor kapitein luitenant admiraal dominee ds zuster broeder abt keizer
  kon gen pres bisch past kard burgem pr prs
  oude nieuwe lange korte hoge lage groene grote kleine brede smalle binnen buiten achter heilige zuidelijke
  noordelijke oostelijke westelijke eerste tweede derde`.split(/\s+/),
)
