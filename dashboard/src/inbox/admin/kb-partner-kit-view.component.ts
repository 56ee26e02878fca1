import { POSTER_FORMATS, POSTER_LANGUAGE_NAMES, POSTER_LANGUAGES, type PosterFormat, type PosterLanguage } from '@klankbord/contract/poster-texts'
import { html, nothing } from 'lit'
import { api, posterDownloadUrl } from '../api/inbox-api.js'
import { ResourceController } from '../common/resource.controller.js'
import { routeHash } from '../routing/routes.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * The partner kit of one partner site: the embed code to copy (inline and as a launcher button, with the
 * versioned script and its integrity hash), a live preview of the widget, and the poster and flyer to download.
 */
export class KbPartnerKitView extends KbElement {
  static override properties = { partnerId: {}, language: { state: true }, previewMode: { state: true } }

  /** **partnerId**, the partner whose kit this is. */
  partnerId = ''
  /** The poster's second language; empty for Dutch only. */
  language: PosterLanguage | '' = ''
  /** Which of the two embeds the preview shows. */
  previewMode: 'inline' | 'launcher' = 'inline'

  private readonly kit = new ResourceController(this, {
    read: async () => {
      const [kit, partners] = await Promise.all([api.getPartnerKit(this.partnerId), api.listPartners()])
      return { kit, partner: partners.items.find((item) => item.id === this.partnerId) }
    },
  })

  override connectedCallback(): void {
    super.connectedCallback()
    void this.kit.load()
  }

  protected override render() {
    const m = t()
    const name = this.kit.value?.partner?.name
    return html`<p class="back"><a href=${routeHash({ view: 'partners' })}>${m.kitBack}</a></p>
      <h1 tabindex="-1">${name ? m.kitTitle(name) : m.kitTitleLoading}</h1>
      ${this.kit.renderError()} ${this.kit.value ? this.renderKit() : html`<p role="status">${m.loading}</p>`}`
  }

  private renderKit() {
    const m = t()
    const { kit, partner } = this.kit.value!
    const name = partner?.name ?? ''
    const previewSource = this.previewMode === 'launcher' ? `${kit.previewUrl}&mode=launcher` : kit.previewUrl
    return html`<p>${m.kitIntro}</p>
      <section aria-labelledby="kit-embed-title">
        <h2 id="kit-embed-title">${m.kitEmbedTitle}</h2>
        <p>${m.kitEmbedIntro}</p>
        ${this.renderSnippet('kit-inline', m.kitInline, m.kitInlineHint, kit.inlineSnippet)}
        ${this.renderSnippet('kit-launcher', m.kitLauncher, m.kitLauncherHint, kit.launcherSnippet)}
        <dl class="kit-facts">
          <dt>${m.kitVersion}</dt>
          <dd><code>${kit.widget.version}</code></dd>
          <dt>${m.kitScriptUrl}</dt>
          <dd><code>${kit.widget.scriptUrl}</code></dd>
          <dt>${m.kitIntegrity}</dt>
          <dd><code>${kit.widget.integrity}</code></dd>
        </dl>
        <p class="hint">${m.kitVersionNote}</p>
      </section>
      <section aria-labelledby="kit-preview-title">
        <h2 id="kit-preview-title">${m.kitPreviewTitle}</h2>
        <p>${m.kitPreviewIntro}</p>
        <div class="field">
          <label class="field__label" for="kit-preview-mode">${m.kitPreviewMode}</label>
          <select class="select" id="kit-preview-mode" @change=${this.choosePreviewMode}>
            <option value="inline" ?selected=${this.previewMode === 'inline'}>${m.kitInline}</option>
            <option value="launcher" ?selected=${this.previewMode === 'launcher'}>${m.kitLauncher}</option>
          </select>
        </div>
        <iframe class="kit-preview" src=${previewSource} title=${m.kitPreviewFrame(name)} loading="lazy"></iframe>
        <p><a href=${previewSource} target="_blank" rel="noopener">${m.kitPreviewOpen}</a></p>
      </section>
      <section aria-labelledby="kit-poster-title">
        <h2 id="kit-poster-title">${m.kitPosterTitle}</h2>
        <p>${m.kitPosterIntro}</p>
        <p>${m.kitPosterTarget} <code>${kit.posterUrl}</code></p>
        <div class="field">
          <label class="field__label" for="kit-language">${m.kitLanguage}</label>
          <p class="hint" id="kit-language-hint">${m.kitLanguageHint}</p>
          <select class="select" id="kit-language" aria-describedby="kit-language-hint" @change=${this.chooseLanguage}>
            <option value="" ?selected=${this.language === ''}>${m.kitDutchOnly}</option>
            ${POSTER_LANGUAGES.map(
              (code) => html`<option value=${code} lang=${code} ?selected=${this.language === code}>${POSTER_LANGUAGE_NAMES[code]}</option>`,
            )}
          </select>
        </div>
        <div class="actions">${POSTER_FORMATS.map((format) => this.renderDownload(format))}</div>
      </section>`
  }

  private renderSnippet(id: string, title: string, hint: string, snippet: string) {
    const m = t()
    return html`<h3 id=${`${id}-title`}>${title}</h3>
      <p class="hint">${hint}</p>
      <pre class="snippet" id=${id} aria-labelledby=${`${id}-title`} tabindex="0"><code>${snippet}</code></pre>
      <div class="actions"><kb-copy-button .text=${snippet} .label=${m.kitCopy(title)}></kb-copy-button></div>`
  }

  private renderDownload(format: PosterFormat) {
    const m = t()
    const language = this.language || undefined
    return html`<a class="button button--secondary" href=${posterDownloadUrl(this.partnerId, format, language)} download
      >${format === 'a4' ? m.kitDownloadPoster : m.kitDownloadFlyer}${language ? html` <span lang=${language}>(${POSTER_LANGUAGE_NAMES[language]})</span>` : nothing}</a
    >`
  }

  private choosePreviewMode(event: Event): void {
    this.previewMode = (event.target as HTMLSelectElement).value === 'launcher' ? 'launcher' : 'inline'
  }

  private chooseLanguage(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value as PosterLanguage | ''
  }
}
