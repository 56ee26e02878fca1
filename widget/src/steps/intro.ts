import { html } from 'lit'
import { msg, str } from '@lit/localize'
import type { StepContext } from './context.js'

export function renderIntro(ctx: StepContext) {
  const { partner, municipality } = ctx.info
  return html`<h2 class="title" tabindex="-1">${msg('Niet tevreden? Vertel het de vertrouwenspersoon')}</h2>
    <p>
      ${msg(
        'Bent u niet tevreden over hulp of een besluit? Bijvoorbeeld over zorg thuis, jeugdhulp, een uitkering of schulden? Vertel het hier. Dat duurt ongeveer 5 minuten.',
      )}
    </p>
    <div class="notice" part="notice">
      <p>
        <strong
          >${msg(str`Uw melding gaat naar ${municipality.confidantName}: de onafhankelijke vertrouwenspersoon van ${municipality.name}.`)}</strong
        >
      </p>
      <p>
        ${partner.kind === 'municipality'
          ? msg('De vertrouwenspersoon werkt niet voor de afdeling die over uw zaak beslist.')
          : msg(str`Uw melding gaat niet naar ${partner.name}.`)}
        ${msg(str`${partner.name} is de eigenaar van deze website en kan niet lezen wat u hier invult.`)}
      </p>
    </div>
    <p>${msg('De vertrouwenspersoon luistert, geeft advies en kan helpen bij een gesprek. U mag anoniem blijven.')}</p>
    <p>${msg('Alle vragen zijn verplicht, behalve als er "niet verplicht" bij staat.')}</p>`
}
