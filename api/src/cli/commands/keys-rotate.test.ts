import { describe, expect, it } from 'vitest'
import { progressLine } from './keys-rotate.js'

function stream(isTTY: boolean) {
  const written: string[] = []
  return { written, out: Object.assign({ write: (text: string) => (written.push(text), true) }, { isTTY }) as unknown as NodeJS.WritableStream }
}

describe('the progress of a key rotation', () => {
  it('redraws one line on a terminal and ends it when nothing remains', () => {
    const { written, out } = stream(true)
    const show = progressLine(out, 40)
    show({ keyId: 'abcd1234', reencrypted: 10, remaining: 30 })
    show({ keyId: 'abcd1234', reencrypted: 30, remaining: 0 })
    expect(written[0]).toMatch(/^\r\[#{6}\.{18}\] 10\/40 /)
    expect(written[1]).toMatch(/^\r\[#{24}\] 40\/40 /)
    expect(written[2]).toBe('\n')
  })

  it('writes nothing when the output is not a terminal', () => {
    const { written, out } = stream(false)
    progressLine(out, 40)({ keyId: 'abcd1234', reencrypted: 40, remaining: 0 })
    expect(written).toEqual([])
  })
})
