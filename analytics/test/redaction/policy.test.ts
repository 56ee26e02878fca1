import { describe, expect, it } from 'vitest'
import { redact } from '../../src/redaction/index.js'
import { found } from './found.js'

// One test per choice of the policy in analytics/src/redaction/README.md: what goes, and what may stay.
const hidden = (text: string) => redact(text).text

describe('the policy: redacted', () => {
  it.each([
    ['persons, in any casing and of any origin', 'ik heb gebeld met fatma yilmaz en NGUYEN THI LAN, en Wiebren Hoekstra', ['fatma yilmaz', 'NGUYEN THI LAN', 'Wiebren Hoekstra']],
    ['contact data', 'Bel 06.12.34.56.78 of 020–1234567, mail jan@example.nl', ['06.12.34.56.78', '020–1234567', 'jan@example.nl']],
    ['identifiers without a keyword', 'Klant 48213377 en dossier 2024-118734 wachten', ['48213377', '2024-118734']],
    ['document numbers', 'Paspoort NW3K8L4P2, rijbewijs 5012345678', ['NW3K8L4P2', '5012345678']],
    ['dates of birth, also impossible ones', 'geboren 12-03-1985, of toch 32-01-1990?', ['12-03-1985', '32-01-1990']],
    ['ages, in digits and in words', 'Moeder is tweeëntachtig jaar, Daan 7 en Sem 4, ik ben 67', ['tweeëntachtig jaar', 'Daan', '7', 'Sem', '4', '67']],
    ['addresses including a post-office box', 'Kerkstraat 12a, 6591 AB Gennep; post naar Postbus 190', ['Kerkstraat 12a', '6591 AB', 'Postbus 190']],
    ['places below the municipality: villages, neighbourhoods, streets', 'Wij wonen in Ottersum, in de wijk Overvecht, aan de Kerkstraat', ['Ottersum', 'Overvecht', 'Kerkstraat']],
    ['where someone lives, also a village no list knows or one that is a surname too', 'Ik woon in Zelhem, mijn zus komt uit Bakel', ['Zelhem', 'Bakel']],
    ["villages and districts anywhere in the country (GeoNames)", 'Mijn moeder woont in Zuidlaren, wij in Zwaanshoek en mijn broer in Zuidwijk', ['Zuidlaren', 'Zwaanshoek', 'Zuidwijk']],
    ['a town that is also a surname, after "in" or "uit"', 'Tineke Hoogland uit Beilen heeft haar huis in Dokkum verkocht', ['Beilen', 'Dokkum']],
    ['neighbourhoods no list knows, after "in" or "uit" or before their municipality', 'Gesprek in Stratum, mevrouw Sarmo uit Zuilen, een bewoner van Stokhasselt (Tilburg)', ['Stratum', 'Zuilen', 'Stokhasselt']],
    ['a list of places, multi-word villages, a village after "dorp", after a postcode in brackets or in lower case', 'In Kruiskamp en Graafsewijk, in Sas van Gent, uit Almere Buiten, in het dorp Zeeland, 3081 GL (Tarwewijk), 3601bk maarssen', ['Kruiskamp', 'Graafsewijk', 'Sas van Gent', 'Almere Buiten', 'Zeeland', 'Tarwewijk', 'maarssen']],
    ['a village after a name and a comma', 'Can you help? Rebecca Thompson, Bussum', ['Bussum']],
    ['places in a text written in capitals', 'HIJ WOONT AL 60 JAAR AAN DE KERKSTRAAT EN ZE WONEN IN WOENSEL', ['KERKSTRAAT', 'WOENSEL']],
    ['a village in lower case, also one that looks like a form of a word, and a district no list knows', 'ik woon in gemert, hij zit in lunetten', ['gemert', 'lunetten']],
    ['villages in lower case that are compounds or of several words', 'ik ben wulan uit moordrecht, mijn oom woont in sas van gent', ['moordrecht', 'sas van gent']],
    ['after "achter" and the Frisian "út"', 'een tent achter Hoenderloo; Sjoukje út Stiens', ['Hoenderloo', 'Stiens']],
    ['a neighbourhood written as one lower-case compound', 'we wonen in de schilderswijk, zij komt uit het zeeheldenkwartier', ['schilderswijk', 'zeeheldenkwartier']],
    ['a neighbourhood after a cue and an article, in any casing', 'mn zus woont in de bijlmer, mijn moeder in de Bijlmer', ['bijlmer', 'Bijlmer']],
    ['streets without a number, of several words or in lower case', 'verhuisd naar de Jan van Galenstraat; zij woont op de lange nieuwstraat; de taxi rijdt niet over het Binnenpad', ['Jan van Galenstraat', 'lange nieuwstraat', 'Binnenpad']],
    ['the place after an address, in any casing', 'Adres: Stationsweg 33 rd, Heerlerbaan. Of: kerkstraat12, ulicoten; ik woon dorpsstraat 7 b in made', ['Heerlerbaan', 'ulicoten', 'made']],
    ['a village that is also a word, where someone lives', 'mn opa woont in heer; oma woont in DIEREN', ['heer', 'DIEREN']],
    ['a village the dictionary has only as a proper noun, in lower case after "in"', 'ik woon op een camping in renesse', ['renesse']],
    ["a neighbourhood closing a note's bracket or before its municipality, and a neighbourhood's team", 'Cliënt Tesfay (statushouder, Kanaleneiland) meldt; Hoek (gem. Terneuzen); Ilse (wijkteam Dorst)', ['Kanaleneiland', 'Hoek', 'Dorst']],
    ["a form's place field, and places in lower case after a cue", 'woonplaats: malden / wijk: IJsselmonde; ik ben fatma uit kanaleneiland, dennis woont in de meern', ['malden', 'IJsselmonde', 'kanaleneiland', 'de meern']],
    ['a district in brackets after its town or before its municipality', 'Hoogstraat 77C, 5615 PD Eindhoven (Woensel); klager Kosten (Kruiningen, Reimerswaal)', ['Woensel', 'Kruiningen']],
    ['villages listed in lower case, and around a place', 'ik rijd naar haelen, heythuysen en roggel; mijn tante woont in de buurt van kralingen; hij slaapt bij de haven van Lemmer', ['haelen', 'heythuysen', 'roggel', 'kralingen', 'Lemmer']],
    ['where someone lives in lower case', 'ik woon in hoograven met mijn kinderen, groet jeroen uit hoofddorp (gemeente haarlemmermeer)', ['hoograven', 'hoofddorp']],
    ['names no list knows, inside a sentence or before a verb', 'Gisteren belde Wytse, en Tjitske belde ook', ['Wytse', 'Tjitske']],
    ['names and ages of children in lower case', 'daan (7) en sem (4) slapen slecht', ['daan', '7', 'sem', '4']],
    ['names no list knows after "met", "aan", "bij", in lower case', 'ik heb met wytse gebeld en aan tjitske gevraagd', ['wytse', 'tjitske']],
    ['family names listed with a cue, and a family name after a given name and a particle', 'Overleg met Storm, Roos en Bloem; Hoek en Berg hebben gebeld; groet, Noortje van Velzen', ['Storm', 'Roos', 'Bloem', 'Hoek', 'Berg', 'Noortje van Velzen']],
    ['ages turned at a time, in English words and halves', 'Ze wordt 18 in april. Our son is two and a half; the kids are ten and twelve and share a room.', ['18', 'two and a half', 'ten', 'twelve']],
    ['East Asian names, family name first', 'Mevrouw Chen Mei Ling belde; my wife Li Na; de aflossing van Zhou Jun', ['Chen Mei Ling', 'Li Na', 'van Zhou Jun']],
    ['East Asian names in a text written in capitals', 'HI, MY NAME IS WANG LEI, I AM A STUDENT', ['WANG LEI']],
    ['who writes at a message\'s start, and who someone asks about', 'maryan hier. wie is dekker?? en wie is die Kuiper eigenlijk?', ['maryan', 'dekker', 'Kuiper']],
    ['surnames that are also places, after a given name or a title', 'Karin Gennep en mevrouw Van Boxmeer belden', ['Karin Gennep', 'Van Boxmeer']],
  ])('%s', (_, text, values) => {
    const spans = found(text).map(([, value]) => value)
    for (const value of values) expect(spans, value).toContain(value)
    for (const value of values) expect(hidden(text)).not.toContain(value)
  })
})

describe('the policy: may stay', () => {
  it.each([
    ['municipality, province and country names', 'Inwoners van Gennep, Land van Cuijk, Limburg en Turkije wachten', ['Gennep', 'Land van Cuijk', 'Limburg', 'Turkije']],
    ['kinds of neighbourhood written as one word', 'we wonen in de nieuwbouwwijk, vroeger in een achterstandswijk, nu uit de buitenwijk', ['nieuwbouwwijk', 'achterstandswijk', 'buitenwijk']],
    ['an organisation after "aan de" or "bij het", and a municipality ending like a street', 'een afspraak bij het Werkplein; een klacht aan de Ombudsman Metropool Amsterdam', ['Werkplein', 'Ombudsman Metropool Amsterdam']],
    ['animals, not the village Dieren', 'ik ben geïnteresseerd in dieren', ['dieren']],
    ['organisations and domains in brackets, a team named after its town or a direction', 'Overleg met het team (Wmo) en de begeleider (Cordaan); Sociaal Wijkteam Oost en wijkteam Gennep-Noord; weg te halen', ['Wmo', 'Cordaan', 'Oost', 'Gennep-Noord', 'halen']],
    ['the neighbourhood of a thing or a person', 'in de buurt van de school, de buurt van mijn moeder', ['school', 'moeder']],
    ['continents', 'Familie in Europa, Afrika en Azië', ['Europa', 'Afrika', 'Azië']],
    ['brands the dictionary lists like places, without a place cue', 'Ik heb schuld bij Ziggo en bij Wehkamp', ['Ziggo', 'Wehkamp']],
    ['ordinary words after "in" and "uit"', 'ik zit in behandeling en in afwachting, we zijn uit elkaar, een man in de wijk', ['behandeling', 'afwachting', 'elkaar', 'de wijk']],
    ['every Dutch municipality, also one whose name holds a surname', 'De wijkteams van Tynaarlo, Haarlemmermeer, Berg en Dal en Sûdwest-Fryslân', ['Tynaarlo', 'Haarlemmermeer', 'Berg en Dal']],
    ['institutions', 'Zorggroep Maasoever, het Radboudumc, Veilig Thuis en de Voedselbank', ['Zorggroep Maasoever', 'Radboudumc', 'Veilig Thuis', 'Voedselbank']],
    ["institutions and shops named after a person, and housing corporations and colleges", 'Opgenomen in het Albert Schweitzer ziekenhuis, boodschappen bij de albert heijn, huur bij Mitros, studie aan Saxion', ['Albert Schweitzer', 'albert heijn', 'Mitros', 'Saxion']],
    ["organisations' own numbers", 'Bel 14 0485, de huisartsenpost 0900-8880 of 112', ['14 0485', '0900-8880', '112']],
    ['bare organisation domains', 'Kijk op www.gennep.nl of regelhulp.nl', ['www.gennep.nl', 'regelhulp.nl']],
    ['amounts, durations, group ages and article numbers', 'Al 3 maanden € 1.250,00 schuld; voor 18-jarigen geldt artikel 2.3.5', ['3 maanden', '€ 1.250,00', '18-jarigen', 'artikel 2.3.5']],
    ['ordinary words after a cue', 'Ik ben boos en mijn zoon heeft geen school', ['boos', 'heeft']],
    ['plurals with a long vowel written single, which are no names', 'Hij is al jaren ziek, haar buren wonen in grote huizen', ['jaren', 'buren', 'grote', 'huizen']],
    ['words with "ij", which the dictionary writes as one letter', 'Kwijtschelding via het wijkcentrum, rond het vrijdaggebed in de schuldsanering', ['Kwijtschelding', 'wijkcentrum', 'vrijdaggebed', 'schuldsanering']],
    ["the names of numbers, also in a text of capitals", 'IBAN, BSN EN KVK ONTBREKEN IN HET DOSSIER', ['IBAN', 'BSN', 'KVK']],
    ['a sentence after a role, and English words that registries list as names', 'I am a student. My wife and I are both here.', ['My', 'both', 'here']],
    ['typing errors, which are no names', 'Bij de afpsraak met de Gemeeente kwam niemand', ['afpsraak', 'Gemeeente']],
  ])('%s', (_, text, values) => {
    expect(found(text)).toEqual([])
    for (const value of values) expect(hidden(text)).toContain(value)
  })
})
