import { describe, expect, it } from 'vitest'
import { foundOf } from './found.js'

describe('BSN', () => {
  it.each([
    ['Mijn BSN is 123456782.', '123456782'],
    ['nummer 123.456.782 staat op de brief', '123.456.782'],
    ['nummer 1234 56 782 staat op de brief', '1234 56 782'],
    ['BSN: 123456789', '123456789'],
    ['burgerservicenummer van mijn moeder is 123 456 789', '123 456 789'],
    ['123456789 (bsn)', '123456789'],
  ])('finds the BSN in "%s"', (text, bsn) => {
    expect(foundOf('BSN', text)).toEqual([bsn])
  })

  it.each([
    'Het gaat om 123456789 euro.',
    'Bel 0612345678.',
    'Er wonen 17.000 mensen; 1.234.567 in de provincie.',
    'Zijn BSN niet, wel zijn klantnummer 40012345.',
  ])('finds no BSN in "%s"', (text) => {
    expect(foundOf('BSN', text)).toEqual([])
  })
})

describe('IBAN', () => {
  it.each([
    ['IBAN NL91 ABNA 0417 1643 00 graag', 'NL91 ABNA 0417 1643 00'],
    ['naar NL91ABNA0417164300.', 'NL91ABNA0417164300'],
    ['rekening nl40rabo1039931582', 'nl40rabo1039931582'],
    ['BE68 5390 0754 7034 is Belgisch', 'BE68 5390 0754 7034'],
    ['to DE89370400440532013000', 'DE89370400440532013000'],
    ['rekeningnummer NL12ABNA0417164300 met een tikfout', 'NL12ABNA0417164300'],
  ])('finds the IBAN in "%s"', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban])
  })

  it('leaves a failing IBAN without a keyword alone', () => {
    expect(foundOf('IBAN', 'code NL12ABNA0417164300')).toEqual([])
  })
})

describe('phone numbers', () => {
  it.each([
    '06-12345678', '06 1234 5678', '0612345678', '06 12 34 56 78', '06.12.34.56.78', '020-1234567', '0485 123456',
    '(0485) 123456', '(06)-1234 5678', '+31 6 12345678', '+31(0)6 12345678', '+31612345678', '0031 6 12345678', '+32 471 12 34 56',
  ])('finds %s', (phone) => {
    expect(foundOf('TELEFOON', `Bel mij op ${phone}, graag.`)).toEqual([phone])
  })

  it('finds a second number right behind the first', () => {
    expect(foundOf('TELEFOON', 'tel. 0485-512345 / 0485 512 345 of 06-12345678/06-87654321')).toEqual(['0485-512345', '0485 512 345', '06-12345678', '06-87654321'])
  })

  it.each([
    'Open van 09.00-17.00 uur.',
    'Op 01-02-2024 12 uur.',
    'Bel 112 of 14 0485.',
    'De huisartsenpost 0900-8880 en de hulplijn 0800 1234.',
    'Nummer 06123456789 heeft een cijfer te veel.',
    'Op 06.12.2024 14.30 uur.',
  ])('finds no phone number in "%s"', (text) => {
    expect(foundOf('TELEFOON', text)).toEqual([])
  })
})

describe('case and file numbers', () => {
  it.each([
    ['dossiernummer 2024-12345', '2024-12345'],
    ['zaaknummer Z/21/123456.', 'Z/21/123456'],
    ['kenmerk ABC/123/2024', 'ABC/123/2024'],
    ['klantnummer 123456', '123456'],
    ['Mijn klantnummer bij het UWV is 123456.', '123456'],
    ['Ons kenmerk: WMO-2023-0457', 'WMO-2023-0457'],
    ['melding KB-7KQ9-M4TX', 'KB-7KQ9-M4TX'],
    ['zaak nr. 2024-0087 is open', '2024-0087'],
    ['Mijn cliëntnummer daar is BO-19283.', 'BO-19283'],
    ['Uw klacht is geregistreerd onder nummer 2024/KL/0881.', '2024/KL/0881'],
    ['Stuur uw bezwaar onder vermelding van MG-BZ-24-1177.', 'MG-BZ-24-1177'],
    ['Zaaknummer deurwaarder: DW-88213-K.', 'DW-88213-K'],
    ['Klacht K24-0312 gesloten.', 'K24-0312'],
  ])('finds the number in "%s"', (text, value) => {
    expect(foundOf('DOSSIERNUMMER', text)).toEqual([value])
  })

  it('finds a shaped number whose digits follow the hyphen, in brackets', () => {
    expect(foundOf('DOSSIERNUMMER', 'Ik heb het in het dossier (HL-22871) gezet.')).toEqual(['HL-22871'])
    expect(foundOf('DOSSIERNUMMER', 'COVID-19 en A4 en ABC-123')).toEqual([])
  })

  it.each(['Het dossier is sinds 2023 open.', 'In deze zaak 250 euro betaald.', 'in dossier 12 staat het', 'Melding 30-01-2025: de buurman belde', 'verslag 2024 is klaar'])('finds none in "%s"', (text) => {
    expect(foundOf('DOSSIERNUMMER', text)).toEqual([])
  })
})

describe('licence plates', () => {
  it.each(['AB-12-CD', '12-ABC-3', '1-ABC-23', 'XX-999-X', 'GH-345-K', 'VTL-12-B', 'ab-12-cd', 'AB12CD'])('finds %s', (plate) => {
    expect(foundOf('KENTEKEN', `kenteken ${plate} stond er`)).toEqual([plate])
  })

  it.each([
    ['kenteken nb64tr stond er', 'nb64tr'],
    ['de auto NB 64 TR stond fout', 'NB 64 TR'],
    ['nummerbord vd 123 x', 'vd 123 x'],
  ])('finds the plate with spaces, or in lower case after its keyword, in "%s"', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate])
  })

  it.each(['COVID-19 en A4', 'op 12-03-85', 'postcode 6591AB', 'ZUSSEN VAN 15 EN 17', 'TUSSEN 12.00 EN 13.00 UUR'])('finds none in "%s"', (text) => {
    expect(foundOf('KENTEKEN', text)).toEqual([])
  })
})

describe('passport, identity-card and driving-licence numbers', () => {
  it.each([
    ['Mijn paspoort (nummer NW7K2P9L3) is kwijt.', 'NW7K2P9L3'],
    ['paspoortnr: bx12cd345', 'bx12cd345'],
    ['identiteitskaart: NT8K-3M7P-1 verloopt', 'NT8K-3M7P-1'],
    ['Paspoort: NP 12 34 56 7', 'NP 12 34 56 7'],
    ['rijbewijs: 50 1234 5678 is ingenomen', '50 1234 5678'],
    ['Mijn rijbewijsnummer is 4701234567.', '4701234567'],
    ['ID-kaart nummer BJNZSWAV5, afgegeven in Den Haag', 'BJNZSWAV5'],
    ['Rijbewijs van mijn vader is verlopen (nummer 4446347597)', '4446347597'],
  ])('finds the number in "%s"', (text, value) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([value])
  })

  it.each(['paspoort van mijn zoon is verlopen', 'rijbewijs B is nodig voor de taxi', 'ID-kaart kwijt en 3 maanden wachten', 'paspoort 2 weken geleden aangevraagd'])(
    'finds none in "%s"',
    (text) => {
      expect(foundOf('DOCUMENTNUMMER', text)).toEqual([])
    },
  )
})
