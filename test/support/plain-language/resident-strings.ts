import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, STATUS_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js'
import { readTsConfig } from '@lit/localize-tools/lib/typescript.js'
import { PAGE_TEXTS } from '../../../api/src/pages/page-texts.js'
import { readXliffUnits } from '../../../api/src/pages/xliff-units.js'
import { WIDGET_PACKAGE_DIR } from '../../../api/src/routes/static-files.js'

export type ResidentString = { id: string; file: string; text: string }

/**
 * Every msg() source text of the widget, found the way `lit-localize extract` finds them (the same analysis, on the
 * same tsconfig), so no string is missed; a text used in several files appears once per file. An inserted value reads
 * as the one-syllable word "X"; markup is dropped.
 */
export function widgetMessages(): ResidentString[] {
  const { fileNames, options } = readTsConfig(join(WIDGET_PACKAGE_DIR, 'tsconfig.json'))
  const program = ts.createProgram(fileNames, options)
  // One file at a time: lit-localize keeps a text used in two files once, but each file's screen shows it.
  const perFile = program
    .getSourceFiles()
    .map((file) => extractMessagesFromProgram(Object.assign(Object.create(program), { getSourceFiles: () => [file] })))
  const messages = perFile.flatMap((r) => r.messages)
  const errors = perFile.flatMap((r) => r.errors)
  if (errors.length > 0) throw new Error(`lit-localize cannot read the widget's messages: ${errors.map((e) => e.messageText).join('; ')}`)
  return messages.map((m) => ({
    id: m.name,
    file: relative(join(WIDGET_PACKAGE_DIR, 'src'), m.file.fileName).replaceAll('\\', '/'),
    text: m.contents
      .map((c) => (typeof c === 'string' ? c : c.untranslatable.startsWith('${') ? 'X' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  }))
}

/** The ids of the source units in the XLIFF the translators get: the list must match the code's. */
export function xliffSourceIds(locale = 'en'): string[] {
  const xliff = readFileSync(join(WIDGET_PACKAGE_DIR, 'xliff', `${locale}.xlf`), 'utf8')
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!)
}

/** The static Dutch text of the /volg page around the widget (title, lead, footer). */
export function followUpPageTexts(): ResidentString[] {
  const html = readFileSync(join(WIDGET_PACKAGE_DIR, 'pages', 'volg.html'), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
  return [...html.matchAll(/>([^<]+)</g)]
    .map((m) => m[1]!.replace(/\s+/g, ' ').trim())
    .filter((text) => /\p{L}{2}/u.test(text))
    .map((text, i) => ({ id: `volg.html#${i}`, file: '../pages/volg.html', text }))
}

/** The contract's Dutch labels the widget shows as choices or states; they are scored on their screen, owned by the contract. */
export function contractLabelTexts(): ResidentString[] {
  const labels = { DOMAIN_LABELS, KIND_LABELS, WISH_LABELS, CONTACT_MODE_LABELS, STATUS_LABELS, SUPPORT_LABELS }
  return Object.entries(labels).flatMap(([name, byLocale]) =>
    Object.entries(byLocale.nl).map(([code, text]) => ({ id: `${name}.${code}`, file: `contract:${name}`, text: text as string })),
  )
}

/** The target languages of the widget's lit-localize config, each with an XLIFF file for its translator. */
export function widgetTargetLocales(): string[] {
  return JSON.parse(readFileSync(join(WIDGET_PACKAGE_DIR, 'lit-localize.json'), 'utf8')).targetLocales
}

/** Each unit of a language's XLIFF: the source and the translation (empty when missing), markup and placeholders kept. */
export function xliffUnits(locale: string): Map<string, { source: string; target: string }> {
  const xliff = readFileSync(join(WIDGET_PACKAGE_DIR, 'xliff', `${locale}.xlf`), 'utf8')
  const units = xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)
  return new Map([...units].map((m) => [m[1]!, { source: m[2]!, target: m[3]?.trim() ?? '' }]))
}

/** The XLIFF file of the pages without scripts for one language: their own words, which the widget does not have. */
export const pagesXliffPath = (locale: string): string => join(WIDGET_PACKAGE_DIR, 'xliff', 'pages', `${locale}.xlf`)

/**
 * The Dutch texts only the pages without scripts say (/meld, /volg/zonder-script), each on its page's screen; the texts
 * they share with the widget are scored with the widget's. An inserted value reads as "X", as in the widget's.
 */
export function pageOnlyTexts(): ResidentString[] {
  const own = new Set(readXliffUnits(pagesXliffPath('en')).map((unit) => unit.source))
  return Object.entries(PAGE_TEXTS).flatMap(([page, texts]) =>
    [...new Set(texts)].filter((text) => own.has(text)).map((text, i) => ({ id: `${page}#${i}`, file: `pages:${page}`, text: text.replace(/\{\d+\}/g, 'X') })),
  )
}
