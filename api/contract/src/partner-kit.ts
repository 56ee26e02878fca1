import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { POSTER_FORMATS, POSTER_LANGUAGES } from './poster-texts.js'

/** The widget script at a URL whose content never changes, and its Subresource Integrity hash. */
export const WidgetRelease = namedObject('WidgetRelease', 'Het widgetscript op een vast adres met versie, en zijn SRI-hash.', {
  version: z.string().register(z.globalRegistry, { description: 'Versie van het script: pakketversie plus het begin van de hash.' }),
  scriptUrl: z.string().register(z.globalRegistry, { description: 'Vast adres van het script; de inhoud verandert nooit (lang te bewaren).' }),
  integrity: z.string().register(z.globalRegistry, { description: 'Waarde voor het attribuut `integrity`: `sha384-…`.' }),
})
export type WidgetRelease = z.infer<typeof WidgetRelease>

/** What an administrator needs to hand a partner: the embed code, a preview and the poster's target. */
export const PartnerKit = namedObject('PartnerKit', 'De partnerkit: embedcode, voorbeeld en het adres achter de QR-code.', {
  widget: WidgetRelease,
  inlineSnippet: z.string().register(z.globalRegistry, { description: 'HTML voor het formulier in de pagina.' }),
  launcherSnippet: z.string().register(z.globalRegistry, { description: 'HTML voor een knop die het formulier opent.' }),
  previewUrl: z.string().register(z.globalRegistry, { description: 'Pagina met de widget van deze partner, om te bekijken.' }),
  posterUrl: z.string().register(z.globalRegistry, { description: 'Het adres achter de QR-code op poster en flyer.' }),
})
export type PartnerKit = z.infer<typeof PartnerKit>

export const PosterQuery = namedStrictObject('PosterQuery', {
  language: z
    .optional(z.enum(POSTER_LANGUAGES))
    .register(z.globalRegistry, { description: 'De tweede taal naast Nederlands; zonder: alleen Nederlands.' }),
  format: z._default(z.enum(POSTER_FORMATS), 'a4').register(z.globalRegistry, { description: '`a4`: poster; `a6`: flyer (elke taal een kant).' }),
})
export type PosterQuery = z.infer<typeof PosterQuery>

/** How the widget appears on the partner's page. */
export type EmbedMode = 'inline' | 'launcher'

/** The HTML a partner pastes into its page: the versioned script with its integrity hash, and the element. */
export function embedSnippet(widget: Pick<WidgetRelease, 'scriptUrl' | 'integrity'>, partnerKey: string, mode: EmbedMode): string {
  const element = mode === 'launcher' ? `<klankbord-widget partner="${partnerKey}" mode="launcher"></klankbord-widget>` : `<klankbord-widget partner="${partnerKey}"></klankbord-widget>`
  return `<script type="module" src="${widget.scriptUrl}" integrity="${widget.integrity}" crossorigin="anonymous"></script>\n${element}`
}

/** Where the poster's QR code leads: the intake page without JavaScript, with the partner and the channel. */
export const posterTargetUrl = (publicUrl: string, partnerKey: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/meld?partner=${encodeURIComponent(partnerKey)}&channel=poster`
