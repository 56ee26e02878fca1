import { describe, expect, it } from 'vitest'
import { found, foundOf } from './found.js'

describe('dates', () => {
  it.each([
    '12-03-1985', '12 maart 1985', '3 januari', '01/02/2024', '2024-03-18', "12-04-'02", '12.03.2024', '2 okt.', '4 JAN 1999', '3 febr. 1975',
    '15- jan 1928', "17 mei '11", 'March 4, 2024', '12 March 2015', '2012 aug 1',
  ])('finds %s', (date) => {
    expect(foundOf('DATUM', `Datum: ${date} klopt`)).toEqual([date])
  })

  it('finds a day and month without a year after a word that introduces a date', () => {
    expect(foundOf('DATUM', 'Afspraak verzet naar 19-11 om 9 uur.')).toEqual(['19-11'])
    expect(foundOf('DATUM', 'Ik heb op 14-1, 28-1 en 11-2 gemaild.')).toEqual(['14-1', '28-1', '11-2'])
    expect(foundOf('DATUM', 'Melding d.d. 4/3: de buurvrouw belde. Neemt u de brief van 23-06 mee? Vanaf 2025/03/03 woont ze daar.')).toEqual(['4/3', '23-06', '2025/03/03'])
    expect(foundOf('DATUM', 'De balie is open van 9-12 uur.')).toEqual([])
  })

  it.each([
    ['De geboortedatum in het systeem (00-00-1971) is onvolledig.', '00-00-1971'],
    ['Vervolgafspraak 3-6.', '3-6'],
    ['mag de afspraak naar maandag 4/11?', '4/11'],
    ['Next meeting: Nov 18.', 'Nov 18'],
    ['11-10 teruggebeld, geen gehoor.', '11-10'],
    ['Tel. 5/11: dhr. Bakker belt.', '5/11'],
  ])('finds the date in "%s"', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date])
  })

  it.each(['Score was 2-1: gewonnen.', 'Het is 3-4 dagen werk.'])('finds no date in the score or range "%s"', (text) => {
    expect(foundOf('DATUM', text)).toEqual([])
  })

  it('takes no given name in a street for a month', () => {
    expect(foundOf('DATUM', 'I live at 2e Jan Steenstraat 14-III')).toEqual([])
  })

  it.each(['In maart 2023 was het druk.', 'in 2023', 'artikel 2.3.5 en artikel 1.2.12', 'op 3-4 dagen per week', 'maandag en mei', 'Op vrijdag 13 is niemand er.'])(
    'finds no date in "%s"',
    (text) => {
      expect(foundOf('DATUM', text)).toEqual([])
    },
  )
})

describe('ages', () => {
  it.each([
    ['ik ben 83 jaar', '83 jaar'],
    ['mijn moeder (91) woont alleen', '91'],
    ['de 83-jarige buurman', '83-jarige'],
    ['Ik ben 78 jaar oud', '78 jaar'],
    ['mijn vader is 87 en heeft dementie', '87'],
    ['mijn zoon van 8 heeft autisme', '8'],
    ['Ik ben Marja van 71 en woon alleen', '71'],
    ['Leeftijd: 42, alleenstaand', '42'],
    ['I am 72 years old', '72 years'],
    ['op 11-12 jarige leeftijd', '11-12 jarige'],
    ['mijn moeder is tweeëntachtig jaar', 'tweeëntachtig jaar'],
    ['de tweeëntachtigjarige buurman', 'tweeëntachtigjarige'],
    ['ze is vijftien', 'vijftien'],
    ['mijn baby van 8 maanden slaapt slecht', '8 maanden'],
    ['toen ik 18 werd stopte de hulp', '18'],
    ['Inwoner (m, 45) belt over zijn uitkering', '45'],
    ['mijn vader, 82 jaar, valt vaak', '82 jaar'],
    ['op mijn 67e kreeg ik pas hulp', '67e'],
    ['a 45-year-old man called', '45-year-old'],
    ['Hij heet Youssef en is 17.', '17'],
    ['de jongste is 4', '4'],
    ['met mijn 82 jaar woon ik nog alleen', '82 jaar'],
    ['my 7 year old son has no school', '7 year old'],
    ['Ik, 67 jaar, woon alleen', '67 jaar'],
    ['mijn moeder 82 jaar, woont alleen', '82 jaar'],
    // After any name the detectors find, in any casing: the person is known, so is the age.
    ['mijn moeder anneke de vries is 82', '82'],
    ['Mevrouw El Amrani is inmiddels 91 en woont alleen.', '91'],
    ['meneer Öztürk (77) belde', '77'],
    ['Nguyen Thi Lan, zesenzestig, heeft een tolk nodig', 'zesenzestig'],
    ['Tran Van Minh 67 jaar, woont alleen', '67 jaar'],
    ['mijn vader, achtenzeventig, kan de trap niet op', 'achtenzeventig'],
    ['Ik heb 47 jaar gewerkt en ben nu zeventig.', 'zeventig'],
    ['Onze pleegdochter Sky wordt 18 op 2 februari', '18'],
    ['mijn zoontje storm is 5 en heeft autisme', '5'],
    ['Samenvatting: cliënte is 56, woont alleen', '56'],
    ['Me moeder heet Hennie en is 84.', '84'],
    ['hoi, Milan hier (20). ik ben gestopt', '20'],
    ['Cliënt (m, 67 jr) belt', '67 jr'],
    ['Mijn zoon wordt in maart 18 en dan stopt de jeugdhulp.', '18'],
    ['Ik word volgende maand 65.', '65'],
    ['Mijn man en ik zijn beiden 74.', '74'],
    ['ik ben mo, 19 jaar', '19 jaar'],
    ["i'm Dana, 34, and I live in Delft", '34'],
    ['Vader (negenenzeventig) woont alleen', 'negenenzeventig'],
    ['De oudste, Esmee (pas 19), heeft de voogdij aangevraagd.', '19'],
    ['Lucas werd op zijn twaalfde uit huis geplaatst.', 'twaalfde'],
    ['Op de leeftijd van vijf werd hij geplaatst.', 'vijf'],
    ['Koning is jarig en wordt dan 100.', '100'],
    ['Eén passagier (80) is geschrokken.', '80'],
    ['Het gaat om meneer Roelofs, precies 83, die alleen is.', '83'],
    ["he's 3 😅", '3'],
    ['Ome Kees uit Hedel is 91 en rouwt.', '91'],
    ['Amira is 8 maanden en heeft nog geen BSN.', '8 maanden'],
    ['Cliënt Hassan 17 zit in de opvang.', '17'],
    ['OMDAT IK NOG MAAR 64 BEN. IS DAT ZO??', '64'],
    ['Intakeverslag: Freweyni Gebremedhin, 29 jaar, alleenstaande moeder.', '29 jaar'],
  ])('finds the age in "%s"', (text, age) => {
    expect(foundOf('LEEFTIJD', text)).toEqual([age])
  })

  it.each([
    ['de kinderen zijn 3, 7 en 11 jaar', ['3', '7', '11 jaar']],
    ['mijn zoons zijn 4 en 6.', ['4', '6']],
    ['De kinderen zijn twee, vier en zes.', ['twee', 'vier', 'zes']],
    ['De jongste, Luwam, is twee jaar en drie maanden.', ['twee jaar en drie maanden']],
    ['our son is 3 years and 4 months old', ['3 years and 4 months']],
    ['Ratna en Agus wonen hier; hij is nu 81 en zij 79.', ['81', '79']],
    ['Vader is 49, moeder 47, Jordy 20 en Kimberly 17.', ['49', '47', '20', '17']],
    ['leeftijd moeder: 37; leeftijd kinderen: 12, 9, 3; wijk: Feijenoord', ['37', '12', '9', '3']],
    ['met yasmina (mama van noah van 5 en liam van 3)', ['5', '3']],
    ['Voor Hüseyin (mijn schoonvader, 76) en Jannie (buurvrouw, 75)', ['76', '75']],
    ['cliënte (29) woont met dochter (8 mnd) bij haar moeder', ['29', '8 mnd']],
    ['Mijn vader is vorige week zeventig geworden.', ['zeventig']],
    ['My dad turned 65 on March 14.', ['65']],
    // The repeated age is hers too.
    ['15 is ze, 15! En dan zegt die consulent dat', ['15', '15']],
    ['v/29, alleenstaand, 2 kinderen', ['29']],
    ['Een vrouw van twee-en-tachtig uit Sint Annaparochie', ['twee-en-tachtig']],
    ['Mw. is 63 jr en krijgt nog geen AOW.', ['63 jr']],
    ['Mijn broertje wordt 22 juni 18 en dan stopt de hulp.', ['18']],
    ['Mijn zoontje van nog geen 2 heeft astma, de baby van drie weken ook.', ['2', 'drie weken']],
    ['my boy is 5yo and Amira (2 ½) too', ['5yo', '2 ½']],
    ['Mijn moeder is intussen 90.', ['90']],
    ['Mijn zoon Glenn (17, autisme) en Johanna Lansink (85, Rijssen)', ['17', '85']],
    ['CLIËNT: VAN T ZAND, J.W. — 57 jr — Molenweg 11', ['57 jr']],
    ['Zij zei dat u tachtig bent geworden.', ['tachtig']],
    ['Onze dochter May (geen typfout, zo heet ze) is 16. Wopke (iedereen noemt hem Wop) is 58 en dakloos.', ['16', '58']],
    ['haar achterkleinzoon (twee) blijft bij haar', ['twee']],
    ['mijn zoon wordt 3 april 18". Dan stopt het leefgeld.', ['18']],
    ['Meneer is seventy-four – hij vertelt zijn leeftijd in het Engels.', ['seventy-four']],
    ['mijn moeder is blind en 81 jaar.', ['81 jaar']],
  ])('finds every age of several people in "%s"', (text, ages) => {
    expect(foundOf('LEEFTIJD', text)).toEqual(ages)
  })

  it.each([
    '12 uur per week',
    'al 2 jaar op de wachtlijst',
    '10 jaar geleden',
    'ik ben 2 jaar werkloos',
    'voor 18-jarigen en ouder',
    'het 25-jarig bestaan van het wijkteam',
    'mensen boven de 65',
    'een wachttijd van 2 jaar',
    'op de bus zitten 12 kinderen van 6 tot 12 jaar',
    'het duurde drie jaar',
    'ik werk al tien jaar bij de gemeente',
    'bus 12 rijdt niet meer',
    'mijn moeder belde 3 jaar geleden',
    'mijn zoon staat 2 jaar op de wachtlijst',
    'mevrouw Jansen is 3 jaar ziek geweest',
    'Pieter de Vries was 12 weken weg',
    'mevrouw Bakker (06-12345678) belde',
    'ik ben 3 jaar bezig en ben 2 keer gebeld',
    'Pieter wordt 3 keer gebeld',
    'De huur wordt in maart 18 euro hoger.',
    'We zijn 3 jaar bezig en zijn 2 keer gebeld.',
    'De zaak (twee) is gesloten. Het duurde drie jaar.',
    'De kinderen zijn 3 jaar op de wachtlijst en 2 keer gebeld.',
    'Ik wacht al 1 jaar en 2 maanden op een besluit.',
    'ik ben werkloos en 2 jaar op de wachtlijst',
    'Het is 10 uur geworden voordat ze kwam.',
    'De huur is 3 keer verhoogd, 2 keer in maart.',
    'Leeftijd: onbekend; wijk: Noord.',
  ])('finds no age in "%s"', (text) => {
    expect(foundOf('LEEFTIJD', text)).toEqual([])
  })
})

describe('domain vocabulary and ordinary facts', () => {
  it.each([
    'We kregen huishoudelijke hulp na het keukentafelgesprek.',
    'Volgens artikel 2.3.5 Wmo moet de gemeente binnen 8 weken beslissen.',
    'De eigen bijdrage is € 250 per maand voor 12 uur per week.',
    'In 2023 en in maart 2024 is de wachtlijst gegroeid.',
    'Het Sociaal Wijkteam, UWV, CAK en SVB zitten in Gennep en Nijmegen.',
    'Op maandag, dinsdag en vrijdag is het loket open tussen 9.00 en 12.30 uur.',
    'De Jeugdwet en de Participatiewet zijn streng.',
    'De bakker, een berg papierwerk, de smid, het wijkteam en de visser op de kade.',
    'Meer informatie op www.regelhulp.nl of bel 14 0485.',
    'Er wonen 17.000 mensen; de kosten zijn € 1.250,- per jaar.',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([])
  })
})
