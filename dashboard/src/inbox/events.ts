import type { SessionInfo, SetupLink } from '@klankbord/contract'

const options = { bubbles: true, composed: true }

/** The user logged in; the app keeps the session and opens the page they came for. */
export class SignedInEvent extends Event {
  static readonly type = 'kb-signed-in'
  constructor(readonly session: SessionInfo) {
    super(SignedInEvent.type, options)
  }
}

/** Go to the login view and say `message` there: after logging out, or when a new account is ready. */
export class ShowLoginEvent extends Event {
  static readonly type = 'kb-show-login'
  constructor(readonly message: string) {
    super(ShowLoginEvent.type, options)
  }
}

/** An action on a case succeeded; the case view reloads and announces `message`. */
export class CaseChangedEvent extends Event {
  static readonly type = 'kb-case-changed'
  constructor(readonly message: string) {
    super(CaseChangedEvent.type, options)
  }
}

/** A record was saved in an admin or signals form; the list reloads and announces `message`. */
export class SavedEvent extends Event {
  static readonly type = 'kb-saved'
  constructor(readonly message: string) {
    super(SavedEvent.type, options)
  }
}

/** An account was made or reset; the one-time link must be shown once, to be passed on. */
export class SetupLinkEvent extends Event {
  static readonly type = 'kb-setup-link'
  constructor(
    readonly link: SetupLink,
    readonly message: string,
  ) {
    super(SetupLinkEvent.type, options)
  }
}

/** The user closed a form without saving. */
export class CancelEvent extends Event {
  static readonly type = 'kb-cancel'
  constructor() {
    super(CancelEvent.type, options)
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-signed-in': SignedInEvent
    'kb-show-login': ShowLoginEvent
    'kb-case-changed': CaseChangedEvent
    'kb-saved': SavedEvent
    'kb-cancel': CancelEvent
    'kb-setup-link': SetupLinkEvent
  }
}
