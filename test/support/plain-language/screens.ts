import { contractLabelTexts, followUpPageTexts, pageOnlyTexts, widgetMessages, type ResidentString } from './resident-strings.js'

/**
 * Which screen each source file of the widget shows its strings on. A new file with msg() calls must be added here,
 * or the plain-language test fails: no string escapes the score of a screen.
 */
export const SCREEN_OF_FILE: Record<string, string> = {
  'steps/intro.ts': 'intro',
  'klankbord-widget.component.ts': 'intro',
  'steps/domain.ts': 'step: domain',
  'contract:DOMAIN_LABELS': 'step: domain',
  'contract:KIND_LABELS': 'step: story',
  'contract:WISH_LABELS': 'step: wish',
  'contract:CONTACT_MODE_LABELS': 'step: contact',
  'steps/story.ts': 'step: story',
  'steps/wish.ts': 'step: wish',
  'steps/contact.ts': 'step: contact',
  'steps/privacy.ts': 'step: privacy',
  'steps/review.ts': 'step: review',
  // Field chrome and validation messages show on every step.
  'fields.ts': 'steps: fields and errors',
  'validation.ts': 'steps: fields and errors',
  'steps/confirmation.ts': 'confirmation',
  '../pages/volg.html': 'follow-up',
  'follow-up/lookup.ts': 'follow-up',
  'follow-up/controller.ts': 'follow-up',
  'follow-up/failure.ts': 'follow-up',
  'follow-up/stages.ts': 'follow-up',
  'follow-up/concern.ts': 'follow-up',
  'follow-up/reply.ts': 'follow-up',
  'follow-up/outcome-texts.ts': 'follow-up',
  'follow-up/next-steps.ts': 'follow-up',
  'follow-up/data-copy.ts': 'follow-up: data copy and erasure',
  'follow-up/copy-document.ts': 'follow-up: data copy and erasure',
  'follow-up/erasure.ts': 'follow-up: data copy and erasure',
  'contract:STATUS_LABELS': 'follow-up: data copy and erasure',
  'contract:SUPPORT_LABELS': 'follow-up: data copy and erasure',
  // The pages without scripts: only their own words, the rest are the widget's and scored there.
  'pages:meld': '/meld without scripts',
  'pages:volg': '/volg without scripts',
}

/** Every resident-facing Dutch string: the widget's messages, the contract labels it shows, the /volg page and the pages without scripts. */
export const residentStrings = (): ResidentString[] => [...widgetMessages(), ...contractLabelTexts(), ...followUpPageTexts(), ...pageOnlyTexts()]

/** The strings grouped by screen, in the order the resident meets them. */
export function stringsByScreen(strings = residentStrings()): Map<string, ResidentString[]> {
  const screens = new Map<string, ResidentString[]>([...new Set(Object.values(SCREEN_OF_FILE))].map((s) => [s, []]))
  for (const s of strings) screens.get(SCREEN_OF_FILE[s.file] ?? 'unassigned')?.push(s) ?? screens.set('unassigned', [s])
  return screens
}
