import { errorSummary, textFieldLtr } from '../fields.js'
import { languageSwitch, renderPage } from '../layout.js'
import { markup as html } from '../markup.js'
import type { LookupState } from './volg-page.js'
import { VOLG_TEXTS as V } from './texts.js'

export const VOLG_PATH = '/volg/zonder-script'

/** The form for reference and code, posted (the code never goes into a URL), in the resident's language. */
export function renderLookup(state: LookupState): string {
  const { t, locale, errors } = state
  const content = html`<h1>${t(V.pageTitle)}</h1>
    <p class="lead">${t(V.lead)}</p>
    <form method="post" action="${VOLG_PATH}" novalidate>
      <input type="hidden" name="lang" value="${locale}" />
      <h2>${t(V.lookupTitle)}</h2>
      <p>${t(V.lookupLead)}</p>
      ${errorSummary(errors, t)} ${state.alert ? html`<div class="alert" role="alert"><p>${state.alert}</p></div>` : ''}
      ${textFieldLtr('reference', t(V.reference), { value: state.reference, error: errors.get('reference'), t }, t(V.referenceHint))}
      ${textFieldLtr('code', t(V.code), { value: '', error: errors.get('code'), t }, t(V.codeHint))}
      <div class="actions"><button type="submit" class="primary">${t(V.lookup)}</button></div>
    </form>`
  return renderPage({ locale, t, title: t(V.pageTitle), hasErrors: errors.size > 0, content, languages: languageSwitch(locale, t, (code) => `${VOLG_PATH}?lang=${code}`) })
}
