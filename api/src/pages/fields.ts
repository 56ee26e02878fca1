import { markup as html, type Markup } from './markup.js'
import type { PageText } from './page-text.js'

/** The words of the form's chrome, the widget's own. */
export const FIELD_TEXTS = {
  error: 'Fout:',
  optional: '(niet verplicht)',
  summary: 'Verbeter dit eerst',
} as const

/** What a field needs to show itself: its value, its error, and the page's words. */
export type FieldState = { value: string; error: string | undefined; t: PageText }

const describedBy = (name: string, error: string | undefined, ...ids: (string | false | undefined)[]) =>
  [...ids, error && `${name}-error`].filter(Boolean).join(' ') || undefined

export const hint = (id: string, text: string) => html`<p class="hint" id="${id}">${text}</p>`

export function fieldError(name: string, error: string | undefined, t: PageText) {
  return error ? html`<p class="error" id="${name}-error"><span class="visually-hidden">${t(FIELD_TEXTS.error)} </span>${error}</p>` : ''
}

export type TextOptions = {
  type?: 'text' | 'email' | 'tel' | 'date'
  hint?: string
  optional?: boolean
  autocomplete?: string
  maxlength?: number
  max?: string
}

export function textField(name: string, label: string, state: FieldState, options: TextOptions = {}): Markup {
  const { value, error, t } = state
  const type = options.type ?? 'text'
  return html`<div class="field">
    <label for="${name}" class="label">${label}${options.optional ? html` <span class="optional">${t(FIELD_TEXTS.optional)}</span>` : ''}</label>
    ${options.hint ? hint(`${name}-hint`, options.hint) : ''} ${fieldError(name, error, t)}
    <input id="${name}" name="${name}" type="${type}" value="${value}" autocomplete="${options.autocomplete ?? 'off'}"${type === 'text' ? '' : html` dir="ltr"`}${
      options.maxlength ? html` maxlength="${options.maxlength}"` : ''
    }${options.max ? html` max="${options.max}"` : ''}${options.optional ? '' : html` aria-required="true"`}${error ? html` aria-invalid="true"` : ''}${attribute(
      'aria-describedby',
      describedBy(name, error, options.hint && `${name}-hint`),
    )} />
  </div>`
}

export const attribute = (name: string, value: string | undefined) => (value ? html` ${name}="${value}"` : '')

/**
 * A question answered with radio buttons or checkboxes, its legend, hint and error. Radios form a radiogroup, which
 * can say it is invalid; each checkbox says so itself. The first option carries the field's name as id, so the error
 * summary's link lands on it.
 */
export function choiceGroup(
  type: 'radio' | 'checkbox',
  name: string,
  legend: Markup | string,
  state: Omit<FieldState, 'value'>,
  options: readonly { value: string; label: string; checked: boolean }[],
  hintText?: string,
): Markup {
  const { error, t } = state
  const invalid = error ? html` aria-invalid="true"` : ''
  const inputs = options.map(
    (option, i) =>
      html`<div><label class="option"><input type="${type}" id="${i === 0 ? name : `${name}-${option.value}`}" name="${name}" value="${option.value}"${
        option.checked ? ' checked' : ''
      }${type === 'checkbox' ? invalid : ''} /><span>${option.label}</span></label></div>`,
  )
  const group = type === 'radio' ? html` role="radiogroup" aria-labelledby="${name}-legend" aria-required="true"${invalid}` : ''
  return html`<fieldset${group}${attribute('aria-describedby', describedBy(name, error, hintText && `${name}-hint`))}>
    <legend class="label" id="${name}-legend">${legend}</legend>
    ${hintText ? hint(`${name}-hint`, hintText) : ''} ${fieldError(name, error, t)}
    <div class="options">${inputs}</div>
  </fieldset>`
}

/** The errors of the page, each a link to its field, above everything else. */
export function errorSummary(errors: ReadonlyMap<string, string>, t: PageText): Markup | '' {
  if (!errors.size) return ''
  return html`<div class="summary" role="alert" aria-labelledby="summary-title">
    <h2 id="summary-title">${t(FIELD_TEXTS.summary)}</h2>
    <ul>
      ${[...errors].map(([field, message]) => html`<li><a href="#${field}">${message}</a></li>`)}
    </ul>
  </div>`
}

/** A field for a code to type exactly (reference, follow-up code): left to right, no spelling help. */
export function textFieldLtr(name: string, label: string, state: FieldState, hintText: string): Markup {
  const { value, error, t } = state
  return html`<div class="field">
    <label for="${name}" class="label">${label}</label>
    ${hint(`${name}-hint`, hintText)} ${fieldError(name, error, t)}
    <input id="${name}" name="${name}" type="text" dir="ltr" class="code-input" value="${value}" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-required="true"${
      error ? html` aria-invalid="true"` : ''
    } aria-describedby="${describedBy(name, error, `${name}-hint`)}" />
  </div>`
}
