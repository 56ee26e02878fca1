import type { PasswordWeakness } from '../../security/password.js'

export class EmailTakenError extends Error {
  constructor() {
    super('An account with this e-mail address exists')
  }
}

export class SetupLinkInvalidError extends Error {}

export class WeakPasswordError extends Error {
  constructor(readonly weakness: PasswordWeakness) {
    super(`Password refused: ${weakness}`)
  }
}

export class SetupCodeWrongError extends Error {}
