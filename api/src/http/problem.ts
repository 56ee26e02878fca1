import type { InvalidParam, ProblemKind } from '@klankbord/contract'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { HTTPException } from 'hono/http-exception'

type Text = { nl: string; en: string }

type ProblemType = { status: ContentfulStatusCode; title: string; detail: Text }
const kind = (status: ContentfulStatusCode, title: string, nl: string, en: string): ProblemType => ({ status, title, detail: { nl, en } })

/** Each kind of error: its status and a stable title, plus a default explanation in Dutch and English. */
export const PROBLEM_TYPES: Record<ProblemKind, ProblemType> = {
  'validation-failed': kind(400, 'Request is invalid', 'Niet alle gegevens zijn goed ingevuld. Kijk bij de velden hieronder.', 'Some fields are not filled in correctly. See the fields below.'),
  'malformed-json': kind(400, 'Body is not valid JSON', 'De gegevens konden niet worden gelezen. Stuur geldige JSON.', 'The data could not be read. Send valid JSON.'),
  'unsupported-media-type': kind(415, 'Unsupported media type', 'Stuur de gegevens als application/json.', 'Send the data as application/json.'),
  'payload-too-large': kind(413, 'Payload too large', 'Het bericht is te groot (meer dan 32 kB).', 'The message is too large (more than 32 kB).'),
  'not-found': kind(404, 'Resource not found', 'Dit bestaat niet, of de code klopt niet.', 'This does not exist, or the code is wrong.'),
  'unknown-partner': kind(400, 'Unknown partner', 'Deze website is niet aangemeld bij Klankbord.', 'This website is not registered with Klankbord.'),
  'origin-not-allowed': kind(403, 'Origin not allowed', 'Deze website mag geen meldingen doorsturen voor deze partner.', 'This website may not send concerns for this partner.'),
  'pow-failed': kind(400, 'Proof of work missing or invalid', 'De controle tegen spam is niet gelukt. Probeer het opnieuw.', 'The spam check did not succeed. Please try again.'),
  'spam-suspected': kind(400, 'Submission looks automated', 'Dit lijkt niet door een mens te zijn ingevuld.', 'This does not look like it was filled in by a person.'),
  'idempotency-conflict': kind(422, 'Idempotency key reused with other data', 'Deze Idempotency-Key is al gebruikt voor een andere melding.', 'This Idempotency-Key was already used for another concern.'),
  'rate-limited': kind(429, 'Too many requests', 'U heeft het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.', 'Too many attempts. Please wait a moment and try again.'),
  unauthorized: kind(401, 'Authentication required', 'U moet eerst inloggen.', 'You need to log in first.'),
  forbidden: kind(403, 'Forbidden', 'U heeft geen toegang tot dit onderdeel.', 'You do not have access to this.'),
  'csrf-failed': kind(403, 'CSRF check failed', 'Het verzoek kwam niet uit de inbox zelf. Laad de pagina opnieuw en probeer het nog eens.', 'The request did not come from the inbox itself. Reload the page and try again.'),
  'login-failed': kind(401, 'Login failed', 'Het e-mailadres, het wachtwoord of de code klopt niet.', 'The e-mail address, password or code is not correct.'),
  'setup-link-invalid': kind(400, 'Setup link invalid or expired', 'Deze link werkt niet (meer). Vraag de beheerder om een nieuwe link.', 'This link does not work (any more). Ask the administrator for a new link.'),
  'weak-password': kind(
    400,
    'Password too weak',
    'Kies een langer wachtwoord dat niet in lijsten met veelgebruikte wachtwoorden staat.',
    'Choose a longer password that is not on lists of commonly used passwords.',
  ),
  'invalid-transition': kind(409, 'Status change not allowed', 'Deze statuswijziging kan niet vanuit de huidige status.', 'This status change is not possible from the current status.'),
  'personal-data-suspected': kind(
    422,
    'Text seems to contain personal data',
    'De tekst lijkt persoonsgegevens te bevatten. Pas de tekst aan, of sla toch op als u zeker weet dat het geen persoonsgegevens zijn.',
    'The text seems to contain personal data. Edit the text, or save anyway if you are sure it holds no personal data.',
  ),
  conflict: kind(409, 'Conflict', 'Dit bestaat al of botst met iets dat al bestaat.', 'This already exists or conflicts with something that exists.'),
  unavailable: kind(503, 'Service unavailable', 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.', 'The service is briefly unavailable. Please try again shortly.'),
  'headers-too-large': kind(431, 'Request headers too large', 'De kopregels van het verzoek zijn te groot.', 'The request headers are too large.'),
  'bad-request': kind(400, 'Bad request', 'Dit verzoek kunnen we niet lezen.', 'This request cannot be read.'),
  internal: kind(500, 'Internal server error', 'Er ging iets mis bij ons. Probeer het later opnieuw.', 'Something went wrong on our side. Please try again later.'),
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
