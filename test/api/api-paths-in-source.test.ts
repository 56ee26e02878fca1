import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_ROOT } from '@klankbord/contract/api-path'
import { OPERATIONS, type Operation } from '@klankbord/contract/operations'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The workspaces' sources; the contract is where paths are written, and tests may write the wire on purpose. */
const SOURCES = ['widget/src', 'dashboard/src', 'api/src', 'analytics/src']

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* typescriptFiles(path)
    else if (entry.name.endsWith('.ts')) yield path
  }
}

/** The text of every string literal and every static part of a template literal: comments may name a path, code may not. */
function* literals(file: string): Generator<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = function* (node: ts.Node): Generator<{ text: string; line: number }> {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      yield { text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 }
    for (const child of node.getChildren(source)) yield* visit(child)
  }
  yield* visit(source)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * An operation's path as it would appear written out: the whole path of one without placeholders (`/auth/login`,
 * ending there), or the part before the first placeholder (`/inbox/concerns/`), at the start of a literal or a word.
 */
const OPERATION_PATH_PATTERNS = [
  ...new Set(
    (Object.values(OPERATIONS) as Operation[]).map((op) => {
      const placeholder = op.path.indexOf('{')
      return placeholder < 0 ? `${escape(op.path)}(?=$|[/?#\\s)"'\`.,;:])` : escape(op.path.slice(0, placeholder))
    }),
  ),
].map((pattern) => new RegExp(`(?:^|[\\s("'\`])${pattern}`))

describe('API paths in source code', () => {
  it('are written only in api/contract: everything else builds them from the operations table', () => {
    const found: string[] = []
    for (const dir of SOURCES)
      for (const file of typescriptFiles(join(ROOT, dir)))
        for (const { text, line } of literals(file))
          if (text.includes(API_ROOT) || OPERATION_PATH_PATTERNS.some((pattern) => pattern.test(text))) found.push(`${relative(ROOT, file)}:${line}: ${JSON.stringify(text)}`)
    expect(found).toEqual([])
  })

  it('would be found: the check sees a path in a string and in a template', () => {
    const samples = ['/api/v1/concerns', '/inbox/concerns/', 'GET /auth/session', '/statistics', '/admin/users/']
    for (const text of samples) expect(text.includes(API_ROOT) || OPERATION_PATH_PATTERNS.some((pattern) => pattern.test(text)), text).toBe(true)
    for (const text of ['/inbox/', '/dashboard/', '#/concerns', '/statisticsx', 'dist/inbox']) expect(OPERATION_PATH_PATTERNS.some((pattern) => pattern.test(text)), text).toBe(false)
  })
})
