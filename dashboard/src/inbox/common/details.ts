import { html, type TemplateResult } from 'lit'

/** One term and its value in a description list (`<dl class="details">`). */
export const detailRow = (term: string, value: unknown): TemplateResult => html`<div><dt>${term}</dt><dd>${value}</dd></div>`
