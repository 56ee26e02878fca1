import { RESIDENT_LANGUAGE_NAMES, type ResidentLocale } from '@klankbord/contract/vocabulary'
import { markup as html, type Markup } from './markup.js'
import { PAGE_LOCALES, directionOf } from './page-locale.js'
import type { PageText } from './page-text.js'

/** The page's words that are not on one step: header, language switch, footer. */
export const LAYOUT_TEXTS = {
  skip: 'Direct naar de inhoud',
  service: 'Onafhankelijke vertrouwenspersoon sociaal domein',
  languages: 'Kies een taal',
  footer: 'Deze pagina gebruikt geen cookies en bewaart niets in uw browser.',
  errorTitle: 'Fout:',
} as const

/**
 * The language switch, each language named in itself: links where the page holds nothing typed, or, inside a form,
 * buttons that send the answers along, so changing language halfway loses nothing. (Such buttons sit at the form's
 * end: the first button of a form is the one Enter presses.)
 */
export function languageSwitch(locale: ResidentLocale, t: PageText, href?: (locale: ResidentLocale) => string): Markup {
  const items = PAGE_LOCALES.map((code) => {
    const name = RESIDENT_LANGUAGE_NAMES[code]
    if (code === locale) return html`<li><span class="current" aria-current="true" lang="${code}">${name}</span></li>`
    return href
      ? html`<li><a href="${href(code)}" lang="${code}" hreflang="${code}">${name}</a></li>`
      : html`<li><button type="submit" class="link" name="switchTo" value="${code}" lang="${code}">${name}</button></li>`
  })
  return html`<nav class="languages" aria-label="${t(LAYOUT_TEXTS.languages)}"><ul>${items}</ul></nav>`
}

export type PageOptions = {
  locale: ResidentLocale
  t: PageText
  title: string
  /** Shown first in the title when the page holds errors, so a screen reader hears it at once. */
  hasErrors?: boolean
  /** The language switch above the content (`languageSwitch`); a page whose form carries the switch itself leaves it out. */
  languages?: Markup
  content: Markup
}

/** A whole page for the resident: works without scripts, one stylesheet of the follow-up page and one of its own. */
export function renderPage(options: PageOptions): string {
  const { locale, t } = options
  const title = options.hasErrors ? `${t(LAYOUT_TEXTS.errorTitle)} ${options.title}` : options.title
  return `<!doctype html>\n${html`<html lang="${locale}" dir="${directionOf(locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex" />
    <title>${title}</title>
    <link rel="stylesheet" href="/pages/volg.css" />
    <link rel="stylesheet" href="/pages/meld.css" />
  </head>
  <body class="follow-up-page">
    <a class="skip" href="#inhoud">${t(LAYOUT_TEXTS.skip)}</a>
    <header class="site-header">
      <div class="wrap">
        <p class="logo"><span aria-hidden="true">◆</span> <span>${t(LAYOUT_TEXTS.service)}</span></p>
      </div>
    </header>
    ${options.languages ? html`<div class="wrap">${options.languages}</div>` : ''}
    <main id="inhoud" class="wrap">
      <article>${options.content}</article>
    </main>
    <footer class="site-footer">
      <div class="wrap"><p>${t(LAYOUT_TEXTS.footer)}</p></div>
    </footer>
  </body>
</html>`}\n`
}
