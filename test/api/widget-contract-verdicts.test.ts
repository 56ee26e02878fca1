import { LIMITS } from '@klankbord/contract/vocabulary'
import type { Problem } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyAnswers, fieldOf, type Answers, type Field } from '../../widget/src/answers.js'
import { toConcernInput, validateStep } from '../../widget/src/validation.js'
import { postConcern } from '../support/concern-body.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

/** Answers that pass every step; each case changes a few of them. */
const ANSWERS: Answers = {
  ...emptyAnswers(),
  domain: 'wmo',
  kinds: ['agreements'],
  description: 'De huishoudelijke hulp komt al drie weken niet.',
  wish: 'mediation',
  contactMode: 'email',
  email: 'inwoner@example.nl',
  consent: true,
}

// The contract counts a text's length in Unicode code points: an emoji is one, though two UTF-16 units.
const emoji = (count: number) => '😀'.repeat(count)
const accented = (count: number) => 'e\u0301'.repeat(count) // a letter and a combining accent: two code points, one character on screen
const family = '👨‍👩‍👧‍👦' // four people joined by three zero-width joiners: seven code points
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

const phone = (value: string): Partial<Answers> => ({ contactMode: 'phone', phone: value })
const email = (value: string): Partial<Answers> => ({ contactMode: 'email', email: value })

/** Values a resident could type (or paste) near the contract's limits and formats, and the field both refuse (`null`: both accept). */
const CASES: [string, Partial<Answers>, Field | null][] = [
  ['phone with an area code in brackets', phone('(020) 123 4567'), null],
  ['phone with +31', phone('+31 6 1234 5678'), null],
  ['phone with +31 (0)', phone('+31 (0)6 1234 5678'), null],
  ['phone with a dash', phone('06-12345678'), null],
  ['phone with 0031', phone('0031612345678'), null],
  ['phone with dots', phone('06.12.34.56.78'), null],
  ['phone abroad', phone('+44 20 7946 0958'), null],
  ['phone with spaces around it', phone('  0612345678 '), null],
  ['phone with a no-break space', phone('06\u00a012345678'), null],
  ['phone one digit short', phone('06 1234 567'), 'phone'],
  ['phone one digit long', phone('06 1234 56789'), 'phone'],
  ['phone with letters', phone('06 1234 567a'), 'phone'],
  ['phone in words', phone('zes twaalf'), 'phone'],
  ['phone in full-width digits', phone('０６１２３４５６７８'), 'phone'],
  ['phone with a zero-width space', phone('06\u200b12345678'), 'phone'],
  ['phone of 44 characters that is a number', phone('+(3)-(1)-(6)-(1)-(2)-(3)-(4)-(5)-(6)-(7)-(8)'), 'phone'],
  ['phone left empty', phone(''), 'phone'],
  ['phone of spaces only', phone('   '), 'phone'],
  ['e-mail with a plus', email('melder+klankbord@oordeel-test.nl'), null],
  ['e-mail with spaces around it', email('  melder@oordeel-test.nl '), null],
  ['e-mail with an IDN domain', email('melder@bücher.de'), 'email'],
  ['e-mail with a punycode domain', email('melder@xn--bcher-kva.de'), null],
  ['e-mail with a non-ASCII local part', email('jöran@oordeel-test.nl'), 'email'],
  ['e-mail with a trailing dot', email('melder@oordeel-test.nl.'), 'email'],
  ['e-mail with a space inside', email('melder @oordeel-test.nl'), 'email'],
  ['e-mail without a top-level domain', email('melder@oordeel-test'), 'email'],
  ['e-mail with two dots in a row', email('mel..der@oordeel-test.nl'), 'email'],
  ['e-mail of exactly the maximum', email(`${'a'.repeat(LIMITS.emailMax - 16)}@oordeel-test.nl`), null],
  ['e-mail one over the maximum', email(`${'a'.repeat(LIMITS.emailMax - 15)}@oordeel-test.nl`), 'email'],
  ['e-mail of the maximum between spaces', email(` ${'a'.repeat(LIMITS.emailMax - 16)}@oordeel-test.nl `), null],
  ['e-mail with a NUL', email('melder@oordeel-test.nl\u0000'), 'email'],
  ['e-mail left empty', email(''), 'email'],
  ['name of 120 letters', { name: 'é'.repeat(LIMITS.nameMax) }, null],
  ['name of 121 letters', { name: 'é'.repeat(LIMITS.nameMax + 1) }, 'name'],
  ['name of 61 emoji (122 UTF-16 units)', { name: emoji(LIMITS.nameMax / 2 + 1) }, null],
  ['name of 120 emoji', { name: emoji(LIMITS.nameMax) }, null],
  ['name of 121 emoji', { name: emoji(LIMITS.nameMax + 1) }, 'name'],
  ['name of 60 accented letters (120 code points)', { name: accented(LIMITS.nameMax / 2) }, null],
  ['name of 60 accented letters and one more', { name: `${accented(LIMITS.nameMax / 2)}e` }, 'name'],
  ['name of the maximum between spaces', { name: ` ${'a'.repeat(LIMITS.nameMax)} ` }, null],
  ['name of spaces only', { name: '   ' }, null],
  ['name with a bell', { name: 'Jan\u0007' }, 'name'],
  ['name with a next-line control', { name: 'Jan\u0085' }, 'name'],
  ['name with a tab inside', { name: 'Jan\tJansen' }, 'name'],
  ['name with a left-to-right mark', { name: '\u200eJan' }, null],
  ['best time with a line break at the end', { ...phone('0612345678'), bestTime: 'dinsdagmiddag\n' }, null],
  ['best time over two lines', { ...phone('0612345678'), bestTime: 'dinsdag\nmiddag' }, 'bestTime'],
  ['best time of 120 emoji', { ...phone('0612345678'), bestTime: emoji(LIMITS.bestTimeMax) }, null],
  ['best time of 121 emoji', { ...phone('0612345678'), bestTime: emoji(LIMITS.bestTimeMax + 1) }, 'bestTime'],
  ['story of the maximum', { description: 'x'.repeat(LIMITS.descriptionMax) }, null],
  ['story one over the maximum', { description: 'x'.repeat(LIMITS.descriptionMax + 1) }, 'description'],
  ['story of the maximum between spaces and a line break', { description: `  ${'x'.repeat(LIMITS.descriptionMax)}\n` }, null],
  ['story of 2500 emoji and a letter (5001 UTF-16 units)', { description: `${emoji(LIMITS.descriptionMax / 2)}x` }, null],
  ['story of 5000 emoji', { description: emoji(LIMITS.descriptionMax) }, null],
  ['story of 5000 emoji and a letter', { description: `${emoji(LIMITS.descriptionMax)}x` }, 'description'],
  ['story of 2500 accented letters (5000 code points)', { description: accented(LIMITS.descriptionMax / 2) }, null],
  ['story of 2500 accented letters and one more', { description: `${accented(LIMITS.descriptionMax / 2)}e` }, 'description'],
  ['story of 714 family emoji (4998 code points)', { description: family.repeat(714) }, null],
  ['story of 715 family emoji (5005 code points)', { description: family.repeat(715) }, 'description'],
  ['story left empty', { description: '' }, 'description'],
  ['story of white space only', { description: ' \n\t ' }, 'description'],
  ['story with CRLF line breaks and a tab', { description: 'regel 1\r\nregel 2\tmet tab' }, null],
  ['story with a lone carriage return', { description: 'regel 1\rregel 2' }, 'description'],
  ['story with a line separator', { description: 'regel 1\u2028regel 2' }, null],
  ['story with a NUL', { description: 'tekst\u0000' }, 'description'],
  ['story with an escape sequence', { description: 'tekst \u001b[31mrood' }, 'description'],
  ['story with DEL', { description: 'tekst\u007f' }, 'description'],
  ['story with a C1 control', { description: 'tekst\u009b' }, 'description'],
  ['story of a bell only', { description: '\u0007' }, 'description'],
  ['organisation of 200 emoji', { organisation: emoji(LIMITS.organisationMax) }, null],
  ['organisation of 201 emoji', { organisation: emoji(LIMITS.organisationMax + 1) }, 'organisation'],
  ['organisation of spaces only', { organisation: '  ' }, null],
  ['organisation with a form feed', { organisation: 'Wijkteam\u000cNoord' }, 'organisation'],
  ['decision date last week', { decisionDate: daysAgo(7) }, null],
  ['decision date on 29 February of a leap year', { decisionDate: '2024-02-29' }, null],
  ['decision date on 29 February of another year', { decisionDate: '2023-02-29' }, 'decisionDate'],
  ['decision date in month 13', { decisionDate: '2023-13-01' }, 'decisionDate'],
  ['decision date written the Dutch way', { decisionDate: '01-02-2023' }, 'decisionDate'],
  ['decision date in the future', { decisionDate: '2999-01-01' }, 'decisionDate'],
  ['no domain chosen', { domain: '' }, 'domain'],
  ['no kind chosen', { kinds: [] }, 'kinds'],
  ['a kind twice', { kinds: ['agreements', 'agreements'] }, 'kinds'],
  ['no wish chosen', { wish: '' }, 'wish'],
  ['no way of contact chosen', { contactMode: '' }, 'contactMode'],
  ['anonymous', { contactMode: 'none', email: '' }, null],
  ['no consent', { consent: false }, 'consent'],
]

/** The form fields the widget refuses, over all its steps. */
function widgetVerdict(answers: Answers): Field[] {
  return [...new Set([1, 2, 3, 4, 5].flatMap((step) => [...validateStep(step, answers).keys()]))].sort()
}

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
})
afterAll(() => app.close())

/** The form fields the API refuses when it gets what the widget would send. */
async function serverVerdict(answers: Answers): Promise<Field[]> {
  // The widget sends consent only after its own check, so its request always says true; here the answer goes as given.
  const response = await postConcern(app.url, { ...toConcernInput(answers, 'demo', 'nl', 'inline'), consent: answers.consent })
  if (response.status === 201) return []
  expect(response.status).toBe(400)
  const problem = (await response.json()) as Problem
  return [...new Set((problem.invalidParams ?? []).map((param) => fieldOf(param.name) ?? (param.name as Field)))].sort()
}

describe('the widget and the API judge what a resident types the same way', () => {
  it('starts from answers both accept', async () => {
    expect(widgetVerdict(ANSWERS)).toEqual([])
    expect(await serverVerdict(ANSWERS)).toEqual([])
  })

  it.each(CASES)('%s', async (_, change, refused) => {
    const answers = { ...ANSWERS, ...change }
    const expected = refused ? [refused] : []
    expect(widgetVerdict(answers), 'the widget').toEqual(expected)
    expect(await serverVerdict(answers), 'the API').toEqual(expected)
  })
})
