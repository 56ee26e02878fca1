import { describe, expect, it } from 'vitest'
import { isValidBsn, isValidIban } from '../../src/redaction/index.js'

describe('the BSN elfproef', () => {
  it.each(['123456782', '111222333', '628194821', '123.456.782', '1234 56 782', '12345672'])('accepts %s', (value) => {
    expect(isValidBsn(value)).toBe(true)
  })

  it.each(['123456789', '123456781', '000000000', '12345678901', '1234567', 'abcdefghi'])('rejects %s', (value) => {
    expect(isValidBsn(value)).toBe(false)
  })
})

describe('the IBAN mod-97 check', () => {
  it.each(['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'nl40rabo1039931582', 'BE68539007547034', 'DE89370400440532013000', 'FR1420041010050500013M02606'])(
    'accepts %s',
    (value) => {
      expect(isValidIban(value)).toBe(true)
    },
  )

  it.each([
    ['a wrong check digit', 'NL92ABNA0417164300'],
    ['a typo in the account', 'NL91ABNA0417164301'],
    ['the wrong length for the country', 'NL91ABNA04171643001'],
    ['no country', '9191ABNA0417164300'],
  ])('rejects %s', (_, value) => {
    expect(isValidIban(value)).toBe(false)
  })
})
