import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import { KINDS, LIMITS } from '@klankbord/contract/vocabulary'
import { KIND_LABELS } from '@klankbord/contract/labels'
import { lastDayToObject } from '@klankbord/contract/dates'
import { todayIso } from '../validation.js'
import { choices, describedBy, fieldError, formatDate, heading, hint, invalid, textField } from '../fields.js'
import type { StepContext } from './context.js'

function objectionNotice(ctx: StepContext) {
  const date = ctx.answers.decisionDate
  if (!/^\d{4}-\d\d-\d\d$/.test(date) || date > todayIso()) return nothing
  return html`<div class="notice warning" part="notice">
    <p><strong>${msg(str`Wilt u bezwaar maken? Doe dat uiterlijk op ${formatDate(lastDayToObject(date), ctx.locale)}.`)}</strong></p>
    <p>${msg('Let op: ook als u met de vertrouwenspersoon praat, loopt de termijn van 6 weken voor bezwaar gewoon door.')}</p>
  </div>`
}

export function renderStory(ctx: StepContext) {
  const a = ctx.answers
  return html`${heading(ctx, msg('Wat is er gebeurd?'))}
    <fieldset aria-describedby=${describedBy(ctx, 'kinds', 'kinds-hint')}>
      <legend class="label">${msg('Waar bent u niet tevreden over?')}</legend>
      ${hint('kinds-hint', msg('Kies een of meer.'))} ${fieldError(ctx, 'kinds')}
      ${choices(ctx, 'checkbox', 'kinds', KINDS, KIND_LABELS[ctx.locale], (code) => a.kinds.includes(code))}
    </fieldset>
    <div class="field">
      <label for="description" class="label">${msg('Vertel in uw eigen woorden wat er gebeurde')}</label>
      ${hint('description-hint', msg('Schrijf hier geen BSN en geen medische gegevens.'))} ${fieldError(ctx, 'description')}
      <textarea
        part="textarea"
        id="description"
        name="description"
        rows="7"
        maxlength=${LIMITS.descriptionMax}
        aria-required="true"
        aria-invalid=${invalid(ctx, 'description')}
        aria-describedby=${describedBy(ctx, 'description', 'description-hint', 'description-count')}
        .value=${a.description}
      ></textarea>
      <p class="hint count" id="description-count">${msg(str`${a.description.length} van ${LIMITS.descriptionMax} tekens`)}</p>
    </div>
    ${textField(ctx, 'organisation', msg('Om welke organisatie of welk team gaat het?'), {
      optional: true,
      maxlength: LIMITS.organisationMax,
      hint: msg('Bijvoorbeeld het wijkteam of de afdeling Werk en Inkomen.'),
    })}
    ${textField(ctx, 'decisionDate', msg('Gaat het om een besluit? Wat is de datum van de brief?'), {
      type: 'date',
      optional: true,
      max: todayIso(),
    })}
    <div aria-live="polite">${objectionNotice(ctx)}</div>`
}
