import { join } from 'node:path'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import { WIDGET_PACKAGE_DIR } from '../routes/static-files.js'
import { PAGE_LOCALES } from './page-locale.js'
import { readXliffUnits } from './xliff-units.js'

/** A page's words in one language: the Dutch source in, the translation out, with `{0}`, `{1}` … filled in. */
export type PageText = (dutch: string, ...values: (string | number)[]) => string

/**
 * The XLIFF files translators edit: the widget's own (so /meld asks its questions in the widget's words) and those of
 * the pages without JavaScript (widget/xliff/pages). Looked up by the Dutch source, which is what the page code says.
 */
export function pageXliffPaths(locale: Exclude<ResidentLocale, 'nl'>): string[] {
  return [join(WIDGET_PACKAGE_DIR, 'xliff', `${locale}.xlf`), join(WIDGET_PACKAGE_DIR, 'xliff', 'pages', `${locale}.xlf`)]
}

/** Translations by Dutch source, per language; a source both files have is taken from the pages' own file. */
export function loadTranslations(): Map<ResidentLocale, Map<string, string>> {
  const byLocale = new Map<ResidentLocale, Map<string, string>>()
  for (const locale of PAGE_LOCALES) {
    if (locale === 'nl') continue
    const table = new Map<string, string>()
    for (const path of pageXliffPaths(locale)) for (const unit of readXliffUnits(path)) if (unit.target) table.set(unit.source, unit.target)
    byLocale.set(locale, table)
  }
  return byLocale
}

const fill = (text: string, values: (string | number)[]) => text.replace(/\{(\d+)\}/g, (whole, i: string) => (values[Number(i)] ?? whole).toString())

let translations: Map<ResidentLocale, Map<string, string>> | undefined

/** The words of the pages in `locale`; Dutch where a translation is missing (the translations test fails first). */
export function pageText(locale: ResidentLocale): PageText {
  translations ??= loadTranslations()
  const table = translations.get(locale)
  return (dutch, ...values) => fill(table?.get(dutch) ?? dutch, values)
}
