import { html, nothing, type TemplateResult } from 'lit'
import { msg, str } from '@lit/localize'
import { parseIsoDate } from '@klankbord/contract/dates'
import { STEP_COUNT, type Field } from './answers.js'
import { intlTag } from './locale-tags.js'
import type { Locale } from './localization.js'
import type { StepContext } from './steps/context.js'

export const formatDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(parseIsoDate(iso))

/** The ids a field is described by: its hint, its error if any, and any extra ids. */
export const describedBy = (ctx: StepContext, field: Field, ...ids: (string | false)[]) =>
  [...ids, ctx.errors.has(field) && `${field}-error`].filter(Boolean).join(' ') || nothing

export const invalid = (ctx: StepContext, field: Field) => (ctx.errors.has(field) ? 'true' : nothing)

export function fieldError(ctx: StepContext, field: Field) {
  const message = ctx.errors.get(field)
  return message
    ? html`<p class="error" id="${field}-error"><span class="visually-hidden">${msg('Fout:')} </span>${message}</p>`
    : nothing
}

export const hint = (id: string, text: string | TemplateResult) => html`<p class="hint" id=${id}>${text}</p>`

/** Radio buttons or checkboxes for a list of codes, with labels in the current locale. */
export function choices<Code extends string>(
  ctx: StepContext,
  type: 'radio' | 'checkbox',
  field: Field,
  codes: readonly Code[],
  labels: Record<Code, string>,
  isChecked: (code: Code) => boolean,
) {
  return html`<div class="options">
    ${codes.map(
      (code) =>
        html`<label class="option"
          ><input type=${type} name=${field} value=${code} .checked=${isChecked(code)} /><span>${labels[code]}</span></label
        >`,
    )}
  </div>`
}

interface TextOptions {
  type?: 'text' | 'email' | 'tel' | 'date'
  hint?: string
  optional?: boolean
  autocomplete?: string
  maxlength?: number
  max?: string
}

export function textField(ctx: StepContext, field: Field, label: string, options: TextOptions = {}) {
  const hintId = options.hint ? `${field}-hint` : false
  return html`<div class="field">
    <label for=${field} class="label"
      >${label}${options.optional ? html` <span class="optional">${msg('(niet verplicht)')}</span>` : nothing}</label
    >
    ${options.hint ? hint(`${field}-hint`, options.hint) : nothing} ${fieldError(ctx, field)}
    <input
      part="input"
      id=${field}
      name=${field}
      type=${options.type ?? 'text'}
      dir=${options.type === 'email' || options.type === 'tel' || options.type === 'date' ? 'ltr' : nothing}
      .value=${String(ctx.answers[field])}
      autocomplete=${options.autocomplete ?? 'off'}
      maxlength=${options.maxlength ?? nothing}
      max=${options.max ?? nothing}
      aria-required=${options.optional ? nothing : 'true'}
      aria-invalid=${invalid(ctx, field)}
      aria-describedby=${describedBy(ctx, field, hintId)}
    />
  </div>`
}

/** A fieldset whose legend carries the step heading, focused on arrival. */
export function questionSet(ctx: StepContext, field: Field, title: string, body: unknown, hintText?: string) {
  return html`<fieldset aria-describedby=${describedBy(ctx, field, !!hintText && `${field}-hint`)}>
    <legend>${heading(ctx, title)}</legend>
    ${hintText ? hint(`${field}-hint`, hintText) : nothing} ${fieldError(ctx, field)} ${body}
  </fieldset>`
}

/** The step title, with the progress inside so it is read when focus lands on it. */
export function heading(ctx: StepContext, title: string) {
  const { step } = ctx
  return html`<h2 class="title" tabindex="-1">
    ${step > 0 && step <= STEP_COUNT
      ? html`<span class="progress" part="progress">${msg(str`Stap ${step} van ${STEP_COUNT}`)}</span> `
      : nothing}${title}
  </h2>`
}
