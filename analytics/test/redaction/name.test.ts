import { describe, expect, it } from 'vitest'
import { foundOf } from './found.js'

const names = (text: string) => foundOf('NAAM', text)

describe('names', () => {
  it.each([
    ['mijn zoon Daan heeft geen plek', ['Daan']],
    ['dochter Sanne belde', ['Sanne']],
    ['Ik heb met Fatima gesproken', ['Fatima']],
    ['mevrouw van den Heuvel belde', ['van den Heuvel']],
    ['Gesprek met De Vries en van der Berg', ['De Vries', 'van der Berg']],
    ['ondertekend door J.P. Jansen en A. de Wit', ['J.P. Jansen', 'A. de Wit']],
    ['consulent Bakker en mijn klantmanager Erik', ['Bakker', 'Erik']],
    ['Dhr. de Groot en mw. Peeters', ['de Groot', 'Peeters']],
    ['Mevr. El Amrani belde', ['El Amrani']],
    ['Klantmanager Ten Brink zei niets', ['Ten Brink']],
    ['mijn schoonzoon Kevin de Groot', ['Kevin de Groot']],
    ['Dhr. v/d Sluis is boos', ['v/d Sluis']],
    ['Pieter Oude Nijhuis en Jan-Willem', ['Pieter Oude Nijhuis', 'Jan-Willem']],
    ['mevrouw van den heuvel in kleine letters', ['van den heuvel']],
    ['mijn zoon daan typt geen hoofdletters', ['daan']],
    ['hallo ik ben karim', ['karim']],
    ['Ik heet Thirza en woon hier', ['Thirza']],
    ['Naam: Jansen', ['Jansen']],
    ['Bakker heeft beloofd te bellen', ['Bakker']],
    ['Daan\'s fiets is gestolen', ['Daan']],
    ['dr. A', ['A']],
    ['My neighbour Ewa Kowalska needs help, Mrs. Jansen said', ['Ewa Kowalska', 'Jansen']],
    // Letters Dutch never uses mark a name, at a sentence's start and in lower case too.
    ['Trần Văn Minh spreekt alleen Vietnamees.', ['Trần Văn Minh']],
    ['ik sprak met nguyễn thị lan over de huur', ['nguyễn thị lan']],
    ['Gisteren belde Ayşe, daarna Małgorzata Kowalska.', ['Ayşe', 'Małgorzata Kowalska']],
    // A family name that is also a word, after a particle that only family names take.
    ['Sjoerd en Wietske van der Meer belden', ['Sjoerd', 'Wietske van der Meer']],
    // An article before a family name that is also a word: a verb people do, or talking with someone, decides.
    ['De Boer zei dat het niet kon.', ['De Boer']],
    ['Ik sprak gisteren met De Haan over de huur.', ['De Haan']],
    ['De Koning heeft de vrijwilligers bedankt.', []],
    ['We gaan naar De Brug voor dagbesteding.', []],
    // A register's "surname, initials" is one name.
    ['CLIËNT: JANSEN, P. (dossier gesloten)', ['JANSEN, P.']],
    ['Aanwezig: Smit, K. (wijkteam) en Yılmaz, A.M.', ['Smit, K.', 'Yılmaz, A.M']],
    // A Frisian given name that the dictionary also lists as a place, in a list with a name.
    ['Tsjitske en Durk wonen in Burgum.', ['Tsjitske', 'Durk']],
    // A family name that is also a word, at a sentence's start, before a verb people do or a state only people are in.
    ['Mol is al drie weken ziek. Storm neemt de zaak over. Vos reageert niet.', ['Mol', 'Storm', 'Vos']],
    ['De storm is voorbij. Winter is koud.', []],
    // A name found once names the same person where it recurs, but not a place or a thing of the same word.
    ['Bos zegt dat er niets aan te doen is. Is dat zo? Bos is toch een uitzendkracht.', ['Bos', 'Bos']],
    ['Mevr. Haarlem woont al veertig jaar in Haarlem.', ['Haarlem']],
    ['mevrouw winter heeft het koud, de winter is begonnen', ['winter']],
    // Someone of an organisation who does something; a lower-case family name opening a sentence before such a verb.
    ['Wolf van de woningcorporatie wil het contract niet verlengen.', ['Wolf']],
    ['berg van de sociale dienst zegt dat ik moet solliciteren. hoek zegt dat mijn aanvraag weg is.', ['berg', 'hoek']],
    ['Dijk en ik hebben afgesproken dat ik aflos.', ['Dijk']],
    ['Hoek van de straat is gevaarlijk. de bos heeft veel bomen', []],
    // After "heet" a word is a name, and before "heet hij".
    ['de nieuwe juf heet bloem, is dat een grap? dekker heet hij.', ['bloem', 'dekker']],
    ['Dat heet Wmo. Zo heet hij niet.', []],
    // A register's "surname, given names" at a text's or a field's start.
    ['DOSSIER 2025/JH/00731 — AZZOUZI, Soufiane (geb. 19-02-2008)', ['AZZOUZI, Soufiane']],
    ['Dossier 2025/0127 – Op den Camp, Mia, 83 jaar', ['Op den Camp, Mia']],
    ['JANSSEN-SMEETS, M.H.L. | Akerstraat 88A', ['JANSSEN-SMEETS, M.H.L.']],
    ['Ik voelde me vernederd. Linda van Leeuwen, Presikhaaf', ['Linda van Leeuwen']],
    // After a relative a listed given name that is also a word, but no frequent word or verb form.
    ['mijn vrouw riet is overleden, mijn stiefvader mark heeft geld geleend', ['riet', 'mark']],
    ['mijn dochter ligt in het ziekenhuis, mijn zoon wil niet, mijn man kan niet werken', []],
    // Initials that stand for a person; who is on the phone; a greeting with "!" and a signature after "xx".
    ['Een leerling, ik noem hem M. (10), komt zonder ontbijt; de scheiding van mijn man D. was zwaar', ['M', 'D']],
    ['van A. tot Z. geregeld, zie bijlage B. (pagina 2)', []],
    ['hey marjolein!! ik heb de brief. krijg ik ook geld over maart? xx kim', ['marjolein', 'kim']],
    ['met kees hier, ik woon in de jordaan', ['kees']],
    // A given name only the English word lists hold, before a surname no list knows.
    ['Aanwezig: Rakesh Sitaldin (57), echtgenote Sunita (54).', ['Rakesh Sitaldin', 'Sunita']],
    ['Hij werkt bij Home Maasoever.', []],
    // A given name in brackets after an organisation, a kept word as a relative's name, the person whose relative.
    ['Ik ben vrijwilliger bij Humanitas (Stefan) en mijn dochter Lieve (7) heeft recht', ['Stefan', 'Lieve']],
    ['Mag ik, als zoon van Mbarek Ait Taleb, zijn dossier inzien?', ['Mbarek Ait Taleb']],
    ['van dam van het wijkteam heeft gezegd dat ze terugbelt', ['van dam']],
    ['Lieve mensen van de gemeente, de zoon van Gennep belde', []],
    // A note's list of those present.
    ['AANWEZIG: DE WIT, VAN DAM, HOOGLAND. AFWEZIG: MULDER (ZIEK).', ['DE WIT', 'VAN DAM', 'HOOGLAND', 'MULDER']],
    ['Aanwezig: de consulent en de wijkverpleegkundige.', []],
    // Organisations after "van de", past tenses after a form of address, a greeting's addressee who is no person.
    ['De rente op de lening van de Kredietbank was hoog; de balie van de Stadswinkel was dicht.', []],
    ['meneer wilde niet dat zijn naam genoemd werd. Dear confidant, I need help.', []],
    // A mail header names organisations as often as people.
    ['Aan: Gemeente Utrecht\nVan: Wijkteam Noord', []],
    ['AAN: Bakker\nVan: Fatima', ['Bakker', 'Fatima']],
    ['Fatima van de Voedselbank hielp mij', ['Fatima']],
    ['Schuldhulpverlener Van Tilburg reageert niet.', ['Van Tilburg']],
    ['ik heb gebeld met de heer el idrissi', ['el idrissi']],
    ['Ik ben de moeder van Liam, de vader van Suze belde.', ['Liam', 'Suze']],
    ['Oma Riet woont bij ons in, Tante Gerda helpt.', ['Riet', 'Gerda']],
    // Two or three capitalised words no list knows, in a row: a given name and surnames.
    ['Intakeverslag: Freweyni Gebremedhin belde, daarna Senait Tesfay Gebreyesus.', ['Freweyni Gebremedhin', 'Senait Tesfay Gebreyesus']],
    // English words are no stems for Dutch endings: "Awet" is no form of "awe".
    ['Mijn jongste, Awet, heeft een spierziekte.', ['Awet']],
    ['begeleiding van Kenrick Winklaar nooit ingediend', ['Kenrick Winklaar']],
    // Two unknown capitalised words side by side, even if one is a key away from a word.
    ['Meron Kebede heeft een woning gekregen.', ['Meron Kebede']],
    // A sentence's full stop does not glue the next word to the one before it, as a dot in an address does.
    ['Ze kwam naar het spreekuur. Luwam is ziek.', ['Luwam']],
    // A given name that is also a word, at a sentence's start, before a verb people do.
    ['Roos heeft de aanvraag ingediend. Storm wil niet naar school.', ['Roos', 'Storm']],
    // Before an age or a role in brackets, after a greeting, "volgens" or a verb people do.
    ['Roos (15) zit thuis, Xiaoming (9) vertaalt en Zomer (consulent) beloofde iets.', ['Roos', 'Xiaoming', 'Zomer']],
    ['Dag Bloem, dank voor het gesprek.', ['Bloem']],
    ["hello, i'm sajjad from the city", ['sajjad']],
    ['volgens brouwer moet ik eerst naar smit', ['brouwer', 'smit']],
    ['KOK HEEFT GEZEGD DAT HET NIET KAN. W. JANSMA', ['KOK', 'W. JANSMA']],
    ['REKENING T.N.V. M. BOUALLOUCH', ['M. BOUALLOUCH']],
    ['ingediend door j. de vries namens haar buurman', ['j. de vries']],
    ['Eindelijk kwam Storm met nieuws.', ['Storm']],
    ['de bewonerscommissie: hennie groen en anderen', ['hennie groen']],
    // Known by the names around them.
    ['Bij Joy en haar broertje Levi is een ondertoezichtstelling uitgesproken.', ['Joy', 'Levi']],
    ['vanmorgen sprak ik tim en lotte', ['tim', 'lotte']],
    ['JAN DE VRIES HEEFT GEEN HULP', ['JAN DE VRIES']],
    // Signing a message at its end.
    ['ik heb dat geld niet. wat nu. naima', ['naima']],
    ['dan kunnen jullie het opzoeken. groet henk boer', ['henk boer']],
    ['IK BEN ER KLAAR MEE. RAMA AL-HASSAN', ['RAMA AL-HASSAN']],
    // Roles, labels and forms of address.
    ['Inkomensconsulent De Groot verlaagde mijn uitkering', ['De Groot']],
    ['Statushouder Bashar woont in een klein dorp.', ['Bashar']],
    ['Aanvrager: Awet Kidane. Alleen BSN was nodig.', ['Awet Kidane']],
    ['Meneer Bank heeft geen rekening meer.', ['Bank']],
    ['Ik woon in Axel en mijn zoon heet ook Axel.', ['Axel']],
    ['de vertrouwenspersoon, Marieke van Wijk, sprak met inwoners', ['Marieke van Wijk']],
    ['MIJN BSN WEET U AL EN MIJN NAAM KEES MULDER!!!', ['KEES MULDER']],
    // A month that is a given name too, right after "mijn dochter".
    ['Mijn dochter Mei heeft autisme.', ['Mei']],
  ])('finds the names in "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    'De bakker op de hoek las de brief voor.',
    'Ik zit met een berg papierwerk.',
    'De smid en de visser op de kade doen mee.',
    'Het wijkteam en het Sociaal Wijkteam, UWV, CAK en SVB.',
    'De Wmo, de Jeugdwet en de Participatiewet.',
    'In Gennep, Nijmegen en Milsbeek.',
    'Op maandag in mei.',
    'Ben je al geholpen? Wil je terugbellen? Mark de datum.',
    'Albert Heijn en Jan Linders steunen de Voedselbank.',
    'Sint Maarten is in november.',
    'huisartsenpraktijk De Linde verwijst door',
    'Het café heeft crème brûlée; de coördinator is naïef over de reünie.',
    'Geachte mevrouw, Uw aanvraag is afgewezen.',
    'Winter is een zware tijd. De roos heeft doornen.',
    'Bijlage (2) is toegevoegd. Ik ga naar school en naar huis.',
    'Kijk op www.Gemeente.nl voor meer.',
    'DIT IS DE 3E KEER DAT IK MAIL',
    'Ze wonen in Alphen aan den Rijn en in Súdwest-Fryslân.',
    'Ik wacht al weken. Hoogachtend',
    'kan ik ergens heen in de stad? nachtopvang?',
  ])('finds no name in "%s"', (text) => {
    expect(names(text)).toEqual([])
  })

  it('keeps an organisation after a name out of the name', () => {
    expect(names('Vandaag gebeld door Marieke van Zorggroep Noord.')).toEqual(['Marieke'])
  })

  it('does not take a street for a name', () => {
    expect(names('Jan woont op de Kerkstraat.')).toEqual(['Jan'])
  })
})
