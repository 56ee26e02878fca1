import { LoginInput, SessionInfo, SetupFinishInput, SetupFinished, SetupStart, SetupStartInput } from '../auth.js'
import * as paths from '../operation-paths/index.js'
import type { OperationRows } from './operation.js'
import { STAFF } from './roles.js'

/**
 * What both steps of finishing an account share: no login (the one-time link's token is the credential), and the
 * problems of a link that is invalid or used up, a weak password, and too many tries.
 */
const setupStep = <const P extends object, const F extends object>(path: P, fields: F) =>
  ({ ...path, access: 'public', tag: 'Inloggen', problems: ['setup-link-invalid', 'weak-password', 'rate-limited'], ...fields }) as const

/** Signing in and finishing an account. */
export const AUTH_OPERATIONS = {
  login: {
    ...paths.login,
    access: 'public',
    tag: 'Inloggen',
    summary: 'Inloggen',
    body: LoginInput,
    response: { status: 200, schema: SessionInfo, description: 'Ingelogd; de sessie staat in een cookie.' },
    problems: ['login-failed', 'rate-limited'],
  },
  getSession: {
    ...paths.getSession,
    access: STAFF,
    tag: 'Inloggen',
    summary: 'De huidige sessie',
    response: { status: 200, schema: SessionInfo, description: 'Wie er is ingelogd.' },
  },
  logout: {
    ...paths.logout,
    access: STAFF,
    tag: 'Inloggen',
    summary: 'Uitloggen',
    response: { status: 204, schema: null, description: 'Uitgelogd.' },
  },
  logoutEverywhere: {
    ...paths.logoutEverywhere,
    access: STAFF,
    tag: 'Inloggen',
    summary: 'Overal uitloggen',
    description: 'Beëindigt alle sessies van deze gebruiker, op elk apparaat.',
    response: { status: 204, schema: null, description: 'Alle sessies zijn beëindigd.' },
  },
  startSetup: setupStep(paths.startSetup, {
    summary: 'Account afmaken: begin',
    body: SetupStartInput,
    response: { status: 200, schema: SetupStart, description: 'Wat nodig is om het account af te maken.' },
  }),
  finishSetup: setupStep(paths.finishSetup, {
    summary: 'Account afmaken: wachtwoord en tweestapsverificatie',
    body: SetupFinishInput,
    response: { status: 200, schema: SetupFinished, description: 'Het account is klaar; bewaar de herstelcodes.' },
  }),
} as const satisfies OperationRows
