import type { SessionInfo, SetupLink } from '@klankbord/contract'

const options = { bubbles: true, composed: true }

/** An event class of the given type whose one value is a sentence for the receiving view to announce. */
function announcing<Type extends string>(type: Type) {
  return class extends Event {
    static readonly type = type
    constructor(readonly message: string) {
      super(type, options)
    }
  }
}

/** The user logged in; the app keeps the session and opens the page they came for. */
export class SignedInEvent extends Event {
  static readonly type = 'kb-signed-in'
  constructor(readonly session: SessionInfo) {
    super(SignedInEvent.type, options)
  }
}

/** Go to the login view and say `message` there: after logging out, or when a new account is ready. */
export class ShowLoginEvent extends announcing('kb-show-login') {}

/** An action on a case succeeded; the case view reloads and announces `message`. */
export class CaseChangedEvent extends announcing('kb-case-changed') {}

/** A record was saved in an admin or signals form; the list reloads and announces `message`. */
export class SavedEvent extends announcing('kb-saved') {}

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
    [SignedInEvent.type]: SignedInEvent
    [ShowLoginEvent.type]: ShowLoginEvent
    [CaseChangedEvent.type]: CaseChangedEvent
    [SavedEvent.type]: SavedEvent
    [CancelEvent.type]: CancelEvent
    [SetupLinkEvent.type]: SetupLinkEvent
  }
}
