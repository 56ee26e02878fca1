import type { LitElement, ReactiveController } from 'lit'
import { msg, str } from '@lit/localize'
import type { ConcernDataCopy, ConcernFollowUp } from '@klankbord/contract'
import { LIMITS } from '@klankbord/contract/vocabulary'
import { ApiError } from '../api-client.js'
import { createFollowUpClient } from './client.js'
import { apiLocale } from '../locale-tags.js'
import { KlankbordErrorEvent } from '../events.js'
import { foreignCharacters, normaliseFollowUpCode, normaliseReference } from '@klankbord/contract/follow-up-codes'
import type { FollowUpHost } from './host.js'
import { adoptLater } from '../adopt-later.js'
import { laterStyles } from '../later.styles.js'
import { styles } from './follow-up.styles.js'
import { renderFollowUp } from './render.js'

export type Phase = 'lookup' | 'concern' | 'confirm-copy' | 'copy' | 'confirm-erase' | 'erased'
export type LookupField = 'reference' | 'code'
export type ReplyState = 'idle' | 'sending' | 'sent' | 'failed'

const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0))

/**
 * The resident's follow-up of one concern: look it up with reference and code, read and answer messages,
 * get a copy of the data or have it erased. The code is kept in this object only: never in a URL, storage or log.
 */
export class FollowUpController implements ReactiveController {
  phase: Phase = 'lookup'
  reference = ''
  code = ''
  lookupErrors = new Map<LookupField, string>()
  busy = false
  failure: ApiError | undefined
  concern: ConcernFollowUp | undefined
  reply = ''
  replyState: ReplyState = 'idle'
  replyError: ApiError | undefined
  replyInvalid = ''
  copy: { data: ConcernDataCopy; url: string; fileName: string; madeAt: string } | undefined

  private credentials: { reference: string; code: string } | undefined
  private replyKey: string | undefined
  private focusTarget: string | undefined

  constructor(
    readonly host: FollowUpHost,
    prefill?: { reference: string; code: string },
    focus = true,
  ) {
    host.addController(this)
    adoptLater(host as unknown as LitElement, laterStyles, styles)
    this.reference = prefill?.reference ?? ''
    this.code = prefill?.code ?? ''
    if (focus) this.focusTarget = '.title'
  }

  hostUpdated() {
    if (!this.focusTarget) return
    this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus()
    this.focusTarget = undefined
  }

  hostDisconnected() {
    this.dropCopy()
    if (this.phase === 'copy') this.phase = 'concern'
  }

  get standalone(): boolean {
    return this.host.mode === 'follow-up'
  }

  render() {
    return renderFollowUp(this)
  }

  private get client() {
    const { reference, code } = this.credentials!
    return createFollowUpClient(this.host.apiBase, reference, code, apiLocale(this.host.locale))
  }

  private update(focus?: string) {
    if (focus) this.focusTarget = focus
    this.host.requestUpdate()
  }

  go(phase: Phase) {
    if (phase !== 'copy') this.dropCopy()
    this.phase = phase
    this.failure = undefined
    this.update('.title')
  }

  private fail(caught: unknown): ApiError {
    const error = asApiError(caught)
    this.host.dispatchEvent(new KlankbordErrorEvent(error.status, error.kind))
    return error
  }

  onLookupInput(event: Event) {
    const input = event.target as HTMLInputElement
    if (input.name !== 'reference' && input.name !== 'code') return
    this[input.name] = input.value
    this.lookupErrors.delete(input.name)
    this.update()
  }

  async lookup(event: Event) {
    event.preventDefault()
    if (this.busy) return
    const reference = normaliseReference(this.reference)
    const code = normaliseFollowUpCode(this.code)
    const errors = new Map<LookupField, string>()
    if (!reference)
      errors.set('reference', this.reference.trim() ? msg('Dit is geen goed kenmerk. Een kenmerk ziet er zo uit: KB-7Q4M-X2PD.') : msg('Vul uw kenmerk in.'))
    if (!code) {
      const foreign = foreignCharacters(this.code)
      errors.set(
        'code',
        !this.code.trim()
          ? msg('Vul uw persoonlijke code in.')
          : foreign.length
            ? msg(str`Deze tekens staan nooit in een code: ${foreign.join(', ')}. Kijk nog eens goed naar uw code.`)
            : msg('De code heeft 16 letters en cijfers, zoals ABCD-EFGH-JKMN-PQRS.'),
      )
    }
    this.lookupErrors = errors
    this.failure = undefined
    if (!reference || !code) return this.update('.summary')
    this.reference = reference
    this.code = code
    this.credentials = { reference, code }
    await this.whileBusy(
      async () => {
        this.concern = await this.client.get()
        this.code = ''
        this.go('concern')
      },
      () => (this.credentials = undefined),
    )
  }

  /** Runs one request at a time; a failure is shown in the error message, which takes focus. */
  private async whileBusy(action: () => Promise<void>, onFailure?: () => void) {
    if (this.busy) return
    this.busy = true
    this.failure = undefined
    this.update()
    try {
      await action()
    } catch (caught) {
      onFailure?.()
      this.failure = this.fail(caught)
      this.update('#follow-up-error')
    } finally {
      this.busy = false
      this.update()
    }
  }

  private async refresh() {
    try {
      this.concern = await this.client.get()
    } catch {
      // What is on screen stays; the resident can look the concern up again.
    }
  }

  onReplyInput(event: Event) {
    this.reply = (event.target as HTMLTextAreaElement).value
    // Other text is another message: a retry must not reuse the key of what was typed before.
    this.replyKey = undefined
    this.replyInvalid = ''
    if (this.replyState !== 'sending') this.replyState = 'idle'
    this.update()
  }

  async sendReply(event: Event) {
    event.preventDefault()
    if (this.replyState === 'sending') return
    const body = this.reply.trim()
    this.replyInvalid = !body
      ? msg('Schrijf eerst uw bericht.')
      : body.length > LIMITS.descriptionMax
        ? msg('Uw bericht is te lang. Maak het korter.')
        : ''
    if (this.replyInvalid) return this.update('#reply')
    const key = (this.replyKey ??= crypto.randomUUID())
    this.replyState = 'sending'
    this.replyError = undefined
    this.update()
    try {
      await this.client.sendMessage(body, key)
      this.reply = ''
      this.replyKey = undefined
      await this.refresh()
      this.replyState = 'sent'
    } catch (caught) {
      this.replyError = this.fail(caught)
      this.replyState = 'failed'
    }
    this.update()
  }

  makeCopy() {
    return this.whileBusy(async () => {
      const data = await this.client.dataCopy()
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      this.dropCopy()
      this.copy = { data, url: URL.createObjectURL(blob), fileName: `klankbord-${data.reference}.json`, madeAt: new Date().toISOString() }
      this.go('copy')
    })
  }

  private dropCopy() {
    if (this.copy) URL.revokeObjectURL(this.copy.url)
    this.copy = undefined
  }

  erase() {
    return this.whileBusy(async () => {
      await this.client.erase()
      this.reply = ''
      this.replyState = 'idle'
      await this.refresh()
      if (this.concern) this.concern = { ...this.concern, erased: true, messages: [] }
      this.go('erased')
    })
  }

  /** Forgets the code and everything read with it, as on a shared computer the resident would want. */
  finish() {
    this.dropCopy()
    this.credentials = this.concern = undefined
    this.reference = this.code = this.reply = ''
    this.replyState = 'idle'
    this.replyError = this.replyKey = undefined
    this.lookupErrors = new Map()
    if (this.standalone) this.go('lookup')
    else this.leave()
  }

  leave() {
    this.dropCopy()
    this.host.removeController(this)
    this.host.closeFollowUp()
  }
}
