import { ConcernInput } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../src/answers.js'
import { toConcernInput } from '../src/validation.js'

describe('the widget names its channel in the request', () => {
  const answers = { ...emptyAnswers(), domain: 'wmo', kinds: ['information'], description: 'Geen uitleg gekregen.', wish: 'listen', contactMode: 'none', consent: true } as const

  it.each([
    ['inline', 'widget-inline'],
    ['launcher', 'widget-launcher'],
  ] as const)('shown %s, it sends %s, which the contract accepts', (shownAs, channel) => {
    const input = toConcernInput({ ...answers, kinds: [...answers.kinds] }, 'demo', 'nl', shownAs)
    expect(input.channel).toBe(channel)
    expect(ConcernInput.safeParse(input).success).toBe(true)
  })
})
