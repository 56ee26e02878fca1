import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import { CONTACT_MODES, DEFAULT_FIRST_CONTACT_WORKING_DAYS, LIMITS } from '@klankbord/contract/vocabulary'
import { CONTACT_MODE_LABELS } from '@klankbord/contract/labels'
import { addWorkingDays } from '@klankbord/contract/dates'
import { todayIso } from '../validation.js'
import { choices, describedBy, fieldError, formatDate, heading, hint, textField } from '../fields.js'
import type { StepContext } from './context.js'

function contactFields(ctx: StepContext) {
  const mode = ctx.answers.contactMode
  if (mode !== 'email' && mode !== 'phone') return nothing
  const days = ctx.info.municipality.firstContactWorkingDays || DEFAULT_FIRST_CONTACT_WORKING_DAYS
  const by = formatDate(addWorkingDays(todayIso(), days), ctx.locale)
  return html`${mode === 'email'
      ? textField(ctx, 'email', msg('Uw e-mailadres'), { type: 'email', autocomplete: 'email', maxlength: LIMITS.emailMax })
      : html`${textField(ctx, 'phone', msg('Uw telefoonnummer'), { type: 'tel', autocomplete: 'tel', hint: msg('Bijvoorbeeld 06 12345678.') })}
        ${textField(ctx, 'bestTime', msg('Wanneer kunnen wij u het best bellen?'), {
          optional: true,
          maxlength: LIMITS.bestTimeMax,
          hint: msg('Bijvoorbeeld: dinsdagmiddag.'),
        })}`}
    ${textField(ctx, 'name', msg('Uw naam'), { optional: true, autocomplete: 'name', maxlength: LIMITS.nameMax })}
    <p>${msg(str`De vertrouwenspersoon neemt uiterlijk op ${by} contact met u op.`)}</p>`
}

export function renderContact(ctx: StepContext) {
  const a = ctx.answers
  return html`${heading(ctx, msg('Hoe kunnen wij u bereiken?'))}
    <fieldset aria-describedby=${describedBy(ctx, 'contactMode', 'contactMode-hint')}>
      <legend class="label">${msg('Kies hoe u contact wilt')}</legend>
      ${hint('contactMode-hint', msg('Blijft u anoniem? Dan weten wij niet wie u bent. Met uw code kunt u later wel antwoorden lezen.'))}
      ${fieldError(ctx, 'contactMode')}
      ${choices(ctx, 'radio', 'contactMode', CONTACT_MODES, CONTACT_MODE_LABELS[ctx.locale], (code) => a.contactMode === code)}
    </fieldset>
    ${contactFields(ctx)}
    <div class="field">
      <label class="option"
        ><input type="checkbox" name="onBehalfOf" .checked=${a.onBehalfOf} aria-describedby="onBehalfOf-hint" /><span
          >${msg('Ik meld dit voor iemand anders')}</span
        ></label
      >
      ${hint('onBehalfOf-hint', msg('Bijvoorbeeld voor uw moeder, uw kind of iemand die u helpt.'))}
    </div>
    <div class="honeypot" aria-hidden="true">
      <label for="website">Website</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" aria-hidden="true" .value=${a.website} />
    </div>`
}
