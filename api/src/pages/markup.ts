import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

export type Markup = HtmlEscapedString

/** Hono's `html` tag, typed as what it returns here: the pages never put a promise into a template, so it is synchronous. */
export const markup = (strings: TemplateStringsArray, ...values: unknown[]): Markup => html(strings, ...values) as Markup
