import type { CaseEvent } from '@klankbord/contract'
import { html, nothing, type TemplateResult } from 'lit'
import { formatDateTime, formatMinutes } from '../format/dates.js'
import { visibleControls, visibleControlsText } from '../format/visible-controls.js'
import { statusLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** Everything that happened on a case, oldest first, as text; what people wrote is shown literally. */
export class KbCaseTimeline extends KbElement {
  static override properties = { events: { attribute: false } }

  /** **events**, the case's timeline from the API. */
  events: readonly CaseEvent[] = []

  private eventTitle(event: CaseEvent): string {
    const m = t()
    switch (event.type) {
      case 'status':
        return event.from && event.to ? m.eventStatus(statusLabel(event.from), statusLabel(event.to)) : m.eventTypeLabels.status
      case 'assigned':
        return event.assignee ? m.eventAssigned(event.assignee.name) : m.eventUnassigned
      case 'contact':
        return event.contactKind && event.party ? m.eventContact(m.contactKindLabels[event.contactKind], m.contactPartyLabels[event.party]) : m.eventTypeLabels.contact
      case 'message':
        return event.sender === 'resident' ? m.eventMessageFromResident : m.eventMessageToResident
      case 'consent':
        return m.eventConsent(visibleControlsText(event.organisation ?? ''))
      default:
        return m.eventTypeLabels[event.type]
    }
  }

  private facts(event: CaseEvent): TemplateResult[] {
    const m = t()
    const facts: TemplateResult[] = []
    if (event.type === 'contact' && event.organisation)
      facts.push(html`${m.organisation}: ${visibleControls(event.organisation)}${event.organisationKind ? ` (${m.organisationKindLabels[event.organisationKind]})` : ''}`)
    if (event.type === 'consent' && event.organisationKind) facts.push(html`${m.organisationKind}: ${m.organisationKindLabels[event.organisationKind]}`)
    if (event.type === 'consent' && event.contactKind) facts.push(html`${m.consentVia}: ${m.contactKindLabels[event.contactKind].toLowerCase()}`)
    if (event.consent !== undefined && event.type === 'contact') facts.push(html`${m.consentGiven}: ${event.consent ? m.yes : m.no}`)
    if (event.minutes !== undefined) facts.push(html`${m.timeSpent}: ${formatMinutes(event.minutes, locale())}`)
    return facts
  }

  protected override render() {
    const m = t()
    if (this.events.length === 0) return html`<p>${m.timelineEmpty}</p>`
    return html`<ol class="timeline">
      ${this.events.map((event) => {
        const facts = this.facts(event)
        return html`<li class="timeline__item timeline__item--${event.type}">
          <p class="timeline__head">
            <strong>${this.eventTitle(event)}</strong>
            <span class="muted"
              ><time datetime=${event.at}>${formatDateTime(event.at, locale())}</time>${event.actor ? html` · ${event.actor.name}` : nothing}</span
            >
          </p>
          ${facts.length ? html`<ul class="timeline__facts">${facts.map((fact) => html`<li>${fact}</li>`)}</ul>` : nothing}
          ${event.text ? html`<p class="resident-text">${visibleControls(event.text)}</p>` : nothing}
        </li>`
      })}
    </ol>`
  }
}
