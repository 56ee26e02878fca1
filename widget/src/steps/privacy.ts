import { html, nothing } from 'lit'
import { isSafeLink } from '@klankbord/contract/links'
import { msg, str } from '@lit/localize'
import { describedBy, fieldError, heading, invalid } from '../fields.js'
import type { StepContext } from './context.js'

/** The privacy statement's link, unless the server hands over one that is not https (defence in depth: the contract refuses it). */
export function renderPrivacy(ctx: StepContext) {
  const { municipality } = ctx.info
  return html`${heading(ctx, msg('Uw gegevens'))}
    <p>${msg('Alleen de vertrouwenspersoon leest uw melding. Er gaat pas iets naar een andere organisatie als u dat goed vindt.')}</p>
    ${isSafeLink(municipality.privacyStatementUrl)
      ? html`<p>
          <a href=${municipality.privacyStatementUrl} target="_blank" rel="noopener noreferrer"
            >${msg(str`Lees de privacyverklaring van ${municipality.name}`)}<span class="visually-hidden">
              ${msg('(opent in een nieuw tabblad)')}</span
            ></a
          >
        </p>`
      : nothing}
    <div class="field">
      ${fieldError(ctx, 'consent')}
      <label class="option"
        ><input
          type="checkbox"
          name="consent"
          .checked=${ctx.answers.consent}
          aria-required="true"
          aria-invalid=${invalid(ctx, 'consent')}
          aria-describedby=${describedBy(ctx, 'consent')}
        /><span>${msg('Ik heb de privacyverklaring gelezen. Ik geef toestemming om mijn melding te versturen.')}</span></label
      >
    </div>`
}
