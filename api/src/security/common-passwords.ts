/**
 * Passwords that appear at the top of published breach statistics, plus Dutch favourites and the words people
 * build passwords from around here. Compared after lower-casing and removing trailing digits and symbols,
 * so "Welkom2024!" counts as "welkom". A small list on purpose: the length rule does most of the work.
 */
export const COMMON_PASSWORD_STEMS: readonly string[] = [
  '123456', '1234567', '12345678', '123456789', '1234567890', '123123', '111111', '000000', '654321', '121212',
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'azerty', 'asdfgh', 'asdfghjkl', 'zxcvbnm',
  'abc123', 'abcdef', 'iloveyou', 'letmein', 'welcome', 'admin', 'administrator', 'root', 'login', 'master',
  'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'shadow', 'superman', 'trustno1', 'starwars',
  'whatever', 'freedom', 'changeme', 'secret', 'test', 'testtest', 'guest', 'default', 'hello', 'summer',
  'winter', 'spring', 'autumn', 'michael', 'jennifer', 'charlie', 'jordan', 'hunter', 'ranger', 'computer',
  'wachtwoord', 'wachtwoord01', 'welkom', 'welkom01', 'geheim', 'hallo', 'hoi', 'doei', 'voetbal', 'ajax',
  'feyenoord', 'psv', 'oranje', 'holland', 'nederland', 'amsterdam', 'rotterdam', 'utrecht', 'denhaag', 'eindhoven',
  'nijmegen', 'gennep', 'gemeente', 'klankbord', 'vertrouwenspersoon', 'inbox', 'zomer', 'lente', 'herfst', 'zomertijd',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'januari', 'februari', 'maart',
  'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'schatje',
  'liefje', 'prinses', 'konijn', 'poesje', 'hondje', 'kaas', 'fiets', 'tulp', 'molen', 'klompen',
  'sociaaldomein', 'wmo', 'jeugdzorg', 'participatie', 'welkomwelkom', 'wachtwoordwachtwoord', 'qwertyqwerty', 'passwordpassword', 'aaaaaaaaaaaa', 'abcdefghijkl',
  'abcdefghijklmnop', '123456789012', 'qwerty123456', 'password1234', 'wachtwoord1234', 'welkom123456', 'iloveyou1234', 'zaq12wsx', '1qaz2wsx', '1q2w3e4r',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5y6', 'qazwsx', 'qazwsxedc', 'letmeinnow', 'adminadmin', 'rootroot', 'passpass', 'useruser',
]
