import { describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'

describe('klankbord redact', () => {
  it('redacts JSON lines from stdin to stdout, with entities in the original text', async () => {
    const input = [
      { id: 1, text: 'Mevrouw De Vries belde met 06-12345678 over haar zoon Daan.' },
      { id: 'b', text: 'De huishoudelijke hulp is van 12 uur per week naar 6 gegaan (artikel 2.3.5 Wmo).' },
    ]
    const result = await runCli(['redact'], {}, input.map((line) => JSON.stringify(line)).join('\n'))
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [first, second] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; text: string; entities: { type: string; start: number; end: number }[] })
    expect(first!.id).toBe(1)
    expect(first!.text).toBe('Mevrouw [NAAM] belde met [TELEFOON] over haar zoon [NAAM].')
    expect(first!.entities.map((e) => input[0]!.text.slice(e.start, e.end))).toEqual(['De Vries', '06-12345678', 'Daan'])
    expect(second).toEqual({ id: 'b', text: input[1]!.text, entities: [] })
  })

  it('reports a bad line by number without echoing it, goes on, and exits with 1', async () => {
    const result = await runCli(['redact'], {}, '{"id":1,"text":"Bel dhr. Bakker."}\nBSN 111222333 kapot\n{"id":2}\n{"id":3,"text":"ok"}\n')
    expect(result.code).toBe(1)
    expect(result.stdout.trim().split('\n')).toHaveLength(2)
    expect(result.stderr).toContain('line 2')
    expect(result.stderr).toContain('line 3')
    expect(result.stderr).not.toContain('111222333')
  })
})
