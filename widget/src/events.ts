/** Fired once a concern is stored. Carries the reference only, never what the resident typed. */
export class KlankbordSubmitEvent extends Event {
  readonly detail: { reference: string }
  constructor(reference: string) {
    super('klankbord-submit', { bubbles: true, composed: true })
    this.detail = { reference }
  }
}

/** Fired when loading or sending fails; `status` is 0 for a network error. */
export class KlankbordErrorEvent extends Event {
  readonly detail: { status: number; type: string }
  constructor(status: number, type: string) {
    super('klankbord-error', { bubbles: true, composed: true })
    this.detail = { status, type }
  }
}

declare global {
  interface HTMLElementEventMap {
    'klankbord-submit': KlankbordSubmitEvent
    'klankbord-error': KlankbordErrorEvent
  }
}
