import type { InvalidParam, ProblemKind } from '@klankbord/contract'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { HTTPException } from 'hono/http-exception'

type Text = { nl: string; en: string }

/** Each kind of error: its status and a stable title, plus a default explanation in Dutch and English. */
export const PROBLEM_TYPES: Record<ProblemKind, { status: ContentfulStatusCode; title: string; detail: Text }> = {
  'validation-failed': {
    status: 400,
    title: 'Request is invalid',
    detail: { nl: 'Niet alle gegevens zijn goed ingevuld. Kijk bij de velden hieronder.', en: 'Some fields are not filled in correctly. See the fields below.' },
  },
  'malformed-json': {
    status: 400,
    title: 'Body is not valid JSON',
    detail: { nl: 'De gegevens konden niet worden gelezen. Stuur geldige JSON.', en: 'The data could not be read. Send valid JSON.' },
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    detail: { nl: 'Stuur de gegevens als application/json.', en: 'Send the data as application/json.' },
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    detail: { nl: 'Het bericht is te groot (meer dan 32 kB).', en: 'The message is too large (more than 32 kB).' },
  },
  'not-found': {
    status: 404,
    title: 'Resource not found',
    detail: { nl: 'Dit bestaat niet, of de code klopt niet.', en: 'This does not exist, or the code is wrong.' },
  },
  'unknown-partner': {
    status: 400,
    title: 'Unknown partner',
    detail: { nl: 'Deze website is niet aangemeld bij Klankbord.', en: 'This website is not registered with Klankbord.' },
  },
  'origin-not-allowed': {
    status: 403,
    title: 'Origin not allowed',
    detail: { nl: 'Deze website mag geen meldingen doorsturen voor deze partner.', en: 'This website may not send concerns for this partner.' },
  },
  'pow-failed': {
    status: 400,
    title: 'Proof of work missing or invalid',
    detail: { nl: 'De controle tegen spam is niet gelukt. Probeer het opnieuw.', en: 'The spam check did not succeed. Please try again.' },
  },
  'spam-suspected': {
    status: 400,
    title: 'Submission looks automated',
    detail: { nl: 'Dit lijkt niet door een mens te zijn ingevuld.', en: 'This does not look like it was filled in by a person.' },
  },
  'idempotency-conflict': {
    status: 422,
    title: 'Idempotency key reused with other data',
    detail: { nl: 'Deze Idempotency-Key is al gebruikt voor een andere melding.', en: 'This Idempotency-Key was already used for another concern.' },
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    detail: { nl: 'U heeft het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.', en: 'Too many attempts. Please wait a moment and try again.' },
  },
  unauthorized: {
    status: 401,
    title: 'Authentication required',
    detail: { nl: 'U moet eerst inloggen.', en: 'You need to log in first.' },
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    detail: { nl: 'U heeft geen toegang tot dit onderdeel.', en: 'You do not have access to this.' },
  },
  'csrf-failed': {
    status: 403,
    title: 'CSRF check failed',
    detail: { nl: 'Het verzoek kwam niet uit de inbox zelf. Laad de pagina opnieuw en probeer het nog eens.', en: 'The request did not come from the inbox itself. Reload the page and try again.' },
  },
  'login-failed': {
    status: 401,
    title: 'Login failed',
    detail: { nl: 'Het e-mailadres, het wachtwoord of de code klopt niet.', en: 'The e-mail address, password or code is not correct.' },
  },
  'setup-link-invalid': {
    status: 400,
    title: 'Setup link invalid or expired',
    detail: { nl: 'Deze link werkt niet (meer). Vraag de beheerder om een nieuwe link.', en: 'This link does not work (any more). Ask the administrator for a new link.' },
  },
  'weak-password': {
    status: 400,
    title: 'Password too weak',
    detail: {
      nl: 'Kies een langer wachtwoord dat niet in lijsten met veelgebruikte wachtwoorden staat.',
      en: 'Choose a longer password that is not on lists of commonly used passwords.',
    },
  },
  'invalid-transition': {
    status: 409,
    title: 'Status change not allowed',
    detail: { nl: 'Deze statuswijziging kan niet vanuit de huidige status.', en: 'This status change is not possible from the current status.' },
  },
  'personal-data-suspected': {
    status: 422,
    title: 'Text seems to contain personal data',
    detail: {
      nl: 'De tekst lijkt persoonsgegevens te bevatten. Pas de tekst aan, of sla toch op als u zeker weet dat het geen persoonsgegevens zijn.',
      en: 'The text seems to contain personal data. Edit the text, or save anyway if you are sure it holds no personal data.',
    },
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    detail: { nl: 'Dit bestaat al of botst met iets dat al bestaat.', en: 'This already exists or conflicts with something that exists.' },
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    detail: { nl: 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.', en: 'The service is briefly unavailable. Please try again shortly.' },
  },
  'headers-too-large': {
    status: 431,
    title: 'Request headers too large',
    detail: { nl: 'De kopregels van het verzoek zijn te groot.', en: 'The request headers are too large.' },
  },
  'bad-request': {
    status: 400,
    title: 'Bad request',
    detail: { nl: 'Dit verzoek kunnen we niet lezen.', en: 'This request cannot be read.' },
  },
  internal: {
    status: 500,
    title: 'Internal server error',
    detail: { nl: 'Er ging iets mis bij ons. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
  },
}

/** Thrown by handlers and middleware; `app.onError` renders it as application/problem+json. */
export class Problem extends HTTPException {
  constructor(
    readonly kind: ProblemKind,
    readonly extra: { detail?: Text; invalidParams?: InvalidParam[]; headers?: Record<string, string>; members?: Record<string, unknown> } = {},
  ) {
    super(PROBLEM_TYPES[kind].status, { message: PROBLEM_TYPES[kind].title })
  }
}
