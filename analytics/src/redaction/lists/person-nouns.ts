/**
 * Words for a relative or an acquaintance. Followed by a capitalised word they introduce a name
 * ("mijn zoon Daan"), followed by "(91)" or "van 91" an age.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `zoon zoontje dochter dochtertje moeder vader mama papa mam pap man vrouw echtgenoot echtgenote partner vriend
  vriendin broer broertje zus zusje zuster oma opa kleinzoon kleindochter kleinkind neef nicht tante oom schoonzoon
  schoondochter schoonmoeder schoonvader stiefvader stiefmoeder stiefzoon stiefdochter pleegzoon pleegdochter
  pleegkind pleegmoeder pleegvader kind kindje baby tweeling buurman buurvrouw buurjongen buurmeisje collega
  mantelzorger cliënt client cliente cliënte inwoner bewoner meneer mevrouw jongen meisje jongeman dame heer
  son daughter mother father mum mom dad husband wife brother sister neighbour neighbor friend grandson
  granddaughter grandmother grandfather grandma grandpa child boy girl carer
  kinderen kids zonen zoons dochters kleinkinderen pleegkinderen jongens meisjes ouders broers zussen zusjes
  children sons daughters grandchildren brothers sisters parents woman women lady gentleman guy kid toddler teenager
  buurmeisje buurjongen schoonzus zwager schoonbroer nichtje neefje peetzoon petekind ex exman exvrouw
  vriendje vriendinnetje huisgenoot kamergenoot klasgenoot begeleider mentor jongste oudste middelste bejaarde
  oudere puber tiener peuter kleuter zuigeling weduwe weduwnaar alleenstaande inwoonster bewoonster eldest youngest
  heit mem pake beppe statushouder vluchteling asielzoeker nieuwkomer aanvrager aanvraagster deelnemer deelneemster
  huurder huurster klant klante patiënt patient leerling student studente scholier melder
  passagier reiziger bezoeker bestuurder chauffeur klager klaagster verzoeker verzoekster belanghebbende jongere
  volwassene neven nichten pa ome oudjes`.split(/\s+/),
)
