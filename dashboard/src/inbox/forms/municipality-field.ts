import type { SessionInfo } from '@klankbord/contract'
import { html, type TemplateResult } from 'lit'
import { t } from '../i18n/locale.js'
import { selectField } from './fields.js'
import type { FormController } from './form-controller.js'
import type { FormValues } from './form-values.js'

type Municipalities = SessionInfo['municipalities']

/** The user's municipalities, by name from the session, as a choice; with only one there is nothing to choose, so it is named. */
export function municipalityField(form: FormController, municipalities: Municipalities, value = ''): TemplateResult {
  const m = t()
  const [only] = municipalities
  if (municipalities.length === 1 && only) return html`<p>${m.municipality}: <strong>${only.name}</strong></p>`
  const options = [...municipalities].sort((a, b) => a.name.localeCompare(b.name)).map((item) => ({ value: item.id, label: item.name }))
  return selectField({ form, name: 'municipalityId', label: m.municipality, placeholder: m.choose, value, options })
}

/** The municipality the form is about: the user's only one, or the one chosen. */
export const chosenMunicipality = (values: FormValues, municipalities: Municipalities): string | undefined =>
  municipalities.length === 1 ? municipalities[0]?.id : values.text('municipalityId')
