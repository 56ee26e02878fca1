import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import { languageSwitch, renderPage } from './layout.js'
import { markup as html } from './markup.js'
import type { PageText } from './page-text.js'

/** A page that only tells something (a link that does not work, a refused form), with a way on. */
export function renderNotice(options: {
  locale: ResidentLocale
  t: PageText
  title: string
  paragraphs: string[]
  link?: { href: string; text: string }
  languageHref?: (locale: ResidentLocale) => string
}): string {
  const { locale, t, title, paragraphs, link, languageHref } = options
  const content = html`<h1>${title}</h1>
    ${paragraphs.map((text) => html`<p>${text}</p>`)} ${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`
  return renderPage({ locale, t, title, content, languages: languageHref && languageSwitch(locale, t, languageHref) })
}
