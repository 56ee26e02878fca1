import { join } from 'node:path'
import ts from 'typescript'
import { readTsConfig } from '@lit/localize-tools/lib/typescript.js'
import { WIDGET_PACKAGE_DIR } from '../../../api/src/routes/static-files.js'

// Attributes a resident reads or hears; their values must come from msg() too.
const READ_ATTRIBUTES = /\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g

/**
 * Text written straight into an html`` template of the widget instead of through msg(): such a string would escape
 * translation and the plain-language check. Returns "file: text" for each.
 */
export function unwrappedTemplateText(): string[] {
  const { fileNames, options } = readTsConfig(join(WIDGET_PACKAGE_DIR, 'tsconfig.json'))
  const program = ts.createProgram(fileNames, options)
  const found: string[] = []
  for (const file of program.getSourceFiles().filter((f) => fileNames.includes(f.fileName))) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(file) === 'msg') return
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
        const t = node.template
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)]
        const source = parts.join('\u0000')
        const text = source.replace(/<[^>]*>/g, ' ')
        for (const piece of text.split('\u0000')) if (/\p{L}{2}/u.test(piece)) found.push(`${file.fileName}: ${piece.trim()}`)
        for (const [, value] of source.matchAll(READ_ATTRIBUTES)) if (/\p{L}{2}/u.test(value!)) found.push(`${file.fileName}: ${value}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}
