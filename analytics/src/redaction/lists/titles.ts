/**
 * Forms of address: what follows is a name even in lower case or capitals ("mevrouw van den heuvel",
 * "dr ABC"). Lower case, without the abbreviation dot.
 */
export const FORMAL_TITLES: ReadonlySet<string> = new Set(
  `mevrouw mevr mw mvr mej mejuffrouw juffrouw meneer mijnheer mnr dhr hr heer familie fam dr drs mr ir ing prof
  ds dominee pastoor pater zuster broeder juf meester dokter mrs ms miss sir madam`.split(/\s+/),
)

/** Roles of officials and helpers; a capitalised word after them is a name ("consulent Bakker"). */
export const ROLE_TITLES: ReadonlySet<string> = new Set(
  `consulent wmo-consulent jeugdconsulent klantmanager casemanager case-manager wijkcoach wijkwerker
  wijkverpleegkundige wijkagent jeugdhulpverlener jongerenwerker schuldhulpverlener schuldhulpmaatje
  werker begeleider woonbegeleider coach contactpersoon behandelaar regisseur trajectbegeleider
  bewindvoerder mentor curator advocaat huisarts arts psycholoog therapeut thuiszorgmedewerker ambtenaar
  beleidsmedewerker teamleider leidinggevende directeur wethouder burgemeester raadslid
  vertrouwenspersoon cliëntondersteuner clientondersteuner ondersteuner adviseur jurist inspecteur handhaver
  caseworker consultant manager worker officer coördinator coordinator verpleegkundige verzorgende
  thuisbegeleider gezinscoach jeugdcoach budgetcoach leerplichtambtenaar leraar lerares mentor intaker`.split(/\s+/),
)

/** Closings of a message: the name after them signs it ("groet, karin", "Met vriendelijke groet, A. Smit"). */
export const SIGN_OFFS: ReadonlySet<string> = new Set(
  `groet groeten groetjes gr grt mvg vriendelijke hartelijke namens regards thanks cheers bedankt dank sincerely`.split(/\s+/),
)

/** Labels in forms and letters: "Naam: Jansen". */
export const NAME_LABELS: ReadonlySet<string> = new Set([
  'naam', 'achternaam', 'voornaam', 'voornamen', 'name', 'contactpersoon', 'behandelaar', 'ondertekend', 'aanvrager', 'aanvraagster', 'cliënt',
  'client', 'klant', 'betrokkene', 'melder', 'indiener', 'afzender', 'patiënt', 'van', 'from', 'aan', 'to', 'cc',
  'aanwezig', 'afwezig', 'deelnemers', 'betrokkenen', 'present', 'attendees',
])

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `dhr mevr mw mvr mej mnr hr fam dr drs mr ir ing prof ds st burg pr bijv bv nr tel evt ca vs jr sr mrs ms`.split(/\s+/),
)
