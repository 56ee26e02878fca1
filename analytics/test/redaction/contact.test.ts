import { describe, expect, it } from 'vitest'
import { foundOf } from './found.js'

describe('email addresses', () => {
  it.each(['jan.jansen@example.nl', 'Daan.Peters+gemeente@example.nl', 'kees_bakker@example.com'])('finds %s', (email) => {
    expect(foundOf('EMAIL', `mail ${email}.`)).toEqual([email])
  })

  it('finds none in "@gemeente op Twitter"', () => {
    expect(foundOf('EMAIL', 'stuur een bericht naar @gemeente op Twitter')).toEqual([])
  })
})

describe('URLs', () => {
  it.each([
    'https://www.facebook.com/jan.jansen',
    'https://www.gennep.nl/formulieren/aanvraag?id=88231',
    'youtube.com/watch?v=abc123XYZ',
    'www.example.nl/klachten/fam-jansen',
    'bit.ly/3xYzAb',
  ])('finds %s', (url) => {
    expect(foundOf('URL', `zie ${url}.`)).toEqual([url])
  })

  it.each(['zie www.gennep.nl.', 'op https://www.gennep.nl/ staat het', 'regelhulp.nl helpt', 'artikel 2.3.5 Wmo', 'brief.pdf'])(
    'keeps the bare domain or non-URL in "%s"',
    (text) => {
      expect(foundOf('URL', text)).toEqual([])
    },
  )
})

describe('postcodes', () => {
  it.each([
    ['6591 AB Gennep', '6591 AB'],
    ['6591AB', '6591AB'],
    ['postcode 6591 xd', '6591 xd'],
    ['Kerkstraat 12, 6591 EN Gennep', '6591 EN'],
    ['1234 ab Gennep', '1234 ab'],
  ])('finds the postcode in "%s"', (text, postcode) => {
    expect(foundOf('POSTCODE', text)).toEqual([postcode])
  })

  it.each(['in 2023 en 2024', 'in 2023 EN 2024', '1500 km rijden', '6591 SA', 'om 2000 mg', 'sinds 2023 op de lijst'])('finds none in "%s"', (text) => {
    expect(foundOf('POSTCODE', text)).toEqual([])
  })
})

describe('addresses', () => {
  it.each([
    ['Ik woon op de Kerkstraat 12.', 'Kerkstraat 12'],
    ['naar de Van Goghlaan 3-bis', 'Van Goghlaan 3-bis'],
    ['Dorpsstraat 4a', 'Dorpsstraat 4a'],
    ['op Burg. de Withstraat 10 hs', 'Burg. de Withstraat 10 hs'],
    ['Heidelberglaan 1 A', 'Heidelberglaan 1 A'],
    ['De Jan van Goyenstraat 7 is het', 'Jan van Goyenstraat 7'],
    ['Burgemeester Kortmannstraat 14', 'Burgemeester Kortmannstraat 14'],
    ['Ik woon aan De Brink 4.', 'De Brink 4'],
    ['Zij woont op de Picardie 47.', 'Picardie 47'],
    ['ik woon aan de spoorstraat 33b', 'spoorstraat 33b'],
    ['Kerkstr. 5', 'Kerkstr. 5'],
    ['adres: Van der Valk Boumanweg 178 bis', 'Van der Valk Boumanweg 178 bis'],
    ['Ik woon aan de Laan van Meerdervoort 1234.', 'Laan van Meerdervoort 1234'],
    ['Ik woon aan de Kade aan de Maas 3 in Venlo.', 'Kade aan de Maas 3'],
    ['Adres Kon. Julianalaan 88, 8471 KP Wolvega.', 'Kon. Julianalaan 88'],
    ['I live at 2e Jan Steenstraat 14-III in Amsterdam.', '2e Jan Steenstraat 14-III'],
    ['geb. 04.11.1951, Oude Kerkweg 2, 9231 CP', 'Oude Kerkweg 2'],
    ['Tim de Lange, Lage Dijk 4, 4191 AD Geldermalsen', 'Lage Dijk 4'],
    ['my address Groene Hilledijk 305, 3073 AC Rotterdam', 'Groene Hilledijk 305'],
    ['Hij woont Stationsplein 1 bus 4.', 'Stationsplein 1 bus 4'],
    ['Zij woont aan de Dorpsstraat 4 hoog.', 'Dorpsstraat 4 hoog'],
    ['Mijn nieuwe adres is Kerkplein 2 K.', 'Kerkplein 2 K'],
    ['Adres is Rijksweg Noord 44.', 'Rijksweg Noord 44'],
    ['I live at 23 Vlasstraat, 5038 TG Tilburg.', '23 Vlasstraat'],
    ['ik woon dorpsstraat 7 b in made', 'dorpsstraat 7 b'],
    ['de woning aan de Kloosterstraat 3 rood', 'Kloosterstraat 3 rood'],
    ['Vaartweg 61 ws, 1211JE', 'Vaartweg 61 ws'],
    ['Groet, Froukje, It Heechhiem 4, Wergea.', 'It Heechhiem 4'],
    ['Mw. Jongsma, Buorren 18, 9051 HN Stiens', 'Buorren 18'],
    ['ADRES REIGERSBOS 1402, 1107 ES', 'REIGERSBOS 1402'],
    ['zij woont in de pijp, ferdinand bolstraat 90 hs', 'ferdinand bolstraat 90 hs'],
    ['mw. Wahyuni, Pr. Bernhardlaan 3A-2, 3281 BX Numansdorp', 'Pr. Bernhardlaan 3A-2'],
    ['ADRES: PLEIN 1944 NR. 3, NIJMEGEN.', 'PLEIN 1944 NR. 3'],
    ['Dennis woont op Laan 1940-1945 nr 12 in Ede', 'Laan 1940-1945 nr 12'],
    ['R. Pinas, Kikkenstein 3112, Holendrecht.', 'Kikkenstein 3112'],
    ['HOEKSTRA, HOOFDWEG OOSTZIJDE 112, 9581 AB MUSSELKANAAL', 'HOOFDWEG OOSTZIJDE 112'],
    ['ik woon zwanenburgwal 201-3 1011jw', 'zwanenburgwal 201-3'],
    ['We live at Lindenlaan 12 A 3, Hoensbroek.', 'Lindenlaan 12 A 3'],
    ['naam W. Kok, adres kerkstraat12, ulicoten', 'kerkstraat12'],
    ['Tsjalling Bouma, Tsjerkepaed 2, 8621 BT Heeg', 'Tsjerkepaed 2'],
  ])('finds the address in "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address])
  })

  it.each([
    'Het kantoor zit in de Kerkstraat.',
    'We waren 2 uur onderweg 3 keer per week.',
    'In Amsterdam 2024 was het druk.',
    'De supermarkt 3 keer per week.',
    'Ik woon in Gennep 20 jaar.',
    'Zie artikel 12, Utrecht heeft het ook zo geregeld.',
    'Groep 7, Gennep: de juf is ziek.',
    'Ik ben 2 keer gebeld, 3 keer gemaild.',
  ])('finds none in "%s"', (text) => {
    expect(foundOf('ADRES', text)).toEqual([])
  })
})
