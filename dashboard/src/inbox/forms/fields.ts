import { html, nothing, type TemplateResult } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import { t } from '../i18n/locale.js'
import type { FormController } from './form-controller.js'

/** What every field needs: its form, its path in the request body (also its `name`), and a visible label. */
type FieldBase = {
  form: FormController
  name: string
  label: string
  hint?: string
  /** Fields are required unless marked optional; optional ones say so in their label, except in filter forms (`silent`). */
  optional?: boolean | 'silent'
}

export type Option = { value: string; label: string }

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

function labelText(label: string, optional: boolean | 'silent' | undefined): TemplateResult {
  return html`${label}${optional === true ? html` <span class="optional">(${t().optional})</span>` : nothing}`
}

function hintAndError(id: string, hint: string | undefined, error: string | undefined): TemplateResult {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  ${error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${t().errorPrefix} </span>${error}</p>` : nothing}`
}

export type TextFieldOptions = FieldBase & {
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'url' | 'tel' | 'search'
  value?: string
  autocomplete?: string
  inputmode?: 'numeric' | 'text' | 'email' | 'tel' | 'url'
  maxlength?: number
  min?: number | string
  max?: number | string
  width?: 'short' | 'medium'
  onInput?: (event: InputEvent) => void
}

export function textField(o: TextFieldOptions): TemplateResult {
  const id = o.form.id(o.name)
  const error = o.form.error(o.name)
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label class="field__label" for=${id}>${labelText(o.label, o.optional)}</label>
    ${hintAndError(id, o.hint, error)}
    <input
      class="input ${o.width ? `input--${o.width}` : ''}"
      id=${id}
      name=${o.name}
      type=${o.type ?? 'text'}
      value=${ifDefined(o.value)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      ?required=${!o.optional}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, error && `${id}-error`))}
      @input=${o.onInput ?? nothing}
    />
  </div>`
}

export type TextAreaOptions = FieldBase & { value?: string; maxlength?: number; rows?: number; onInput?: (event: InputEvent) => void }

export function textArea(o: TextAreaOptions): TemplateResult {
  const id = o.form.id(o.name)
  const error = o.form.error(o.name)
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label class="field__label" for=${id}>${labelText(o.label, o.optional)}</label>
    ${hintAndError(id, o.hint, error)}
    <textarea
      class="textarea"
      id=${id}
      name=${o.name}
      rows=${o.rows ?? 5}
      .value=${o.value ?? ''}
      maxlength=${ifDefined(o.maxlength)}
      ?required=${!o.optional}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, error && `${id}-error`))}
      @input=${o.onInput ?? nothing}
    ></textarea>
  </div>`
}

export type SelectOptions = FieldBase & { options: readonly Option[]; value?: string; placeholder?: string; onChange?: (event: Event) => void }

export function selectField(o: SelectOptions): TemplateResult {
  const id = o.form.id(o.name)
  const error = o.form.error(o.name)
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label class="field__label" for=${id}>${labelText(o.label, o.optional)}</label>
    ${hintAndError(id, o.hint, error)}
    <select
      class="select"
      id=${id}
      name=${o.name}
      ?required=${!o.optional}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, error && `${id}-error`))}
      @change=${o.onChange ?? nothing}
    >
      ${o.placeholder !== undefined ? html`<option value="" ?selected=${!o.value}>${o.placeholder}</option>` : nothing}
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${option.value === o.value}>${option.label}</option>`)}
    </select>
  </div>`
}

export type ChoiceGroupOptions = FieldBase & {
  type: 'radio' | 'checkbox'
  options: readonly Option[]
  /** Checked values. */
  values?: readonly string[]
  inline?: boolean
  onChange?: (event: Event) => void
}

/** Radio buttons or checkboxes in a fieldset with the label as legend. */
export function choiceGroup(o: ChoiceGroupOptions): TemplateResult {
  const id = o.form.id(o.name)
  const error = o.form.error(o.name)
  return html`<fieldset
    class="field fieldset ${error ? 'field--invalid' : ''}"
    id=${id}
    aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, error && `${id}-error`))}
  >
    <legend class="field__label">${labelText(o.label, o.optional)}</legend>
    ${hintAndError(id, o.hint, error)}
    <div class="choices ${o.inline ? 'choices--inline' : ''}">
      ${o.options.map(
        (option) => html`<div class="choice">
          <input
            type=${o.type}
            id="${id}-${option.value}"
            name=${o.name}
            value=${option.value}
            ?checked=${o.values?.includes(option.value) ?? false}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${o.onChange ?? nothing}
          />
          <label for="${id}-${option.value}">${option.label}</label>
        </div>`,
      )}
    </div>
  </fieldset>`
}

export type CheckboxOptions = FieldBase & { checked?: boolean; onChange?: (event: Event) => void }

/** One checkbox that stands alone, such as a consent. */
export function checkbox(o: CheckboxOptions): TemplateResult {
  const id = o.form.id(o.name)
  const error = o.form.error(o.name)
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    ${hintAndError(id, o.hint, error)}
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        name=${o.name}
        value="true"
        ?checked=${o.checked ?? false}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, error && `${id}-error`))}
        @change=${o.onChange ?? nothing}
      />
      <label for=${id}>${o.label}</label>
    </div>
  </div>`
}

/** The submit button, which says it is busy while the request runs. */
export function submitButton(form: FormController, label: string, variant: 'primary' | 'secondary' = 'primary'): TemplateResult {
  return html`<button class="button button--${variant}" type="submit" aria-disabled=${form.busy ? 'true' : 'false'}>${form.busy ? t().busy : label}</button>`
}
