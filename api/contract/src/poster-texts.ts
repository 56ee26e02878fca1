import type { ResidentOnlyLocale } from './labels.js'

/** The languages a poster or flyer can carry besides Dutch: the widget's other languages. */
export const POSTER_LANGUAGES = ['en', 'pl', 'tr', 'ar', 'uk'] as const
export type PosterLanguage = (typeof POSTER_LANGUAGES)[number]

/** Printed sizes: an A4 poster for a wall, an A6 flyer to take home (one side per language). */
export const POSTER_FORMATS = ['a4', 'a6'] as const
export type PosterFormat = (typeof POSTER_FORMATS)[number]

/** Languages that are written from right to left. */
export const RIGHT_TO_LEFT_LANGUAGES: readonly string[] = ['ar']

/**
 * The texts of the partner kit's poster and flyer. `{name}` placeholders are filled in when printed: `{confidant}`
 * and `{municipality}` from the municipality's settings, `{partner}` the partner's name, `{phone}` the confidant's
 * phone number, `{url}` the address behind the QR code. A translator edits only the strings; a test fails when a
 * language misses one, leaves it empty or drops a placeholder.
 */
export type PosterTexts = {
  /** The heading. */
  readonly title: string
  /** What the confidant is for, in two or three short sentences. */
  readonly lead: string
  /** That the concern goes to the municipality's independent confidant. */
  readonly goesTo: string
  /** That it does not go to the partner whose poster this is (a care provider, a neighbourhood team, …). */
  readonly notToPartner: string
  /** On the municipality's own poster: the confidant does not work for the department that decides. */
  readonly notToDepartment: string
  /** How to use the QR code. */
  readonly scan: string
  /** The address for those who cannot scan. */
  readonly orVisit: string
  /** Talking instead of typing. */
  readonly call: string
  /** The walk-in hours follow as the municipality entered them. */
  readonly walkIn: string
  /** The QR image's alternative text. */
  readonly qrAlt: string
}

export const POSTER_TEXTS: Readonly<Record<'nl' | PosterLanguage, PosterTexts>> = {
  nl: {
    title: 'Niet tevreden? Vertel het de vertrouwenspersoon',
    lead: 'Bent u niet tevreden over hulp of een besluit? Bijvoorbeeld over zorg thuis, jeugdhulp, een uitkering of schulden? De vertrouwenspersoon luistert, geeft advies en kan helpen bij een gesprek. Het is gratis. U mag anoniem blijven.',
    goesTo: 'Uw melding gaat naar {confidant}: de onafhankelijke vertrouwenspersoon van {municipality}.',
    notToPartner: 'Uw melding gaat niet naar {partner}.',
    notToDepartment: 'De vertrouwenspersoon werkt niet voor de afdeling die over uw zaak beslist.',
    scan: 'Scan de QR-code met de camera van uw telefoon.',
    orVisit: 'Of ga naar:',
    call: 'Liever praten? Bel {phone}.',
    walkIn: 'Of kom langs bij het inloopspreekuur:',
    qrAlt: 'QR-code naar de pagina om een melding te doen: {url}',
  },
  en: {
    title: 'Not satisfied? Tell the confidant',
    lead: 'Are you unhappy about help or a decision? For example about care at home, youth care, benefits or debts? The confidant listens, gives advice and can help in a conversation. It is free. You may stay anonymous.',
    goesTo: 'Your concern goes to {confidant}: the independent confidant of {municipality}.',
    notToPartner: 'Your concern does not go to {partner}.',
    notToDepartment: 'The confidant does not work for the department that decides on your case.',
    scan: 'Scan the QR code with the camera of your phone.',
    orVisit: 'Or go to:',
    call: 'Would you rather talk? Call {phone}.',
    walkIn: 'Or come to the walk-in hours:',
    qrAlt: 'QR code to the page where you can raise a concern: {url}',
  },
  pl: {
    title: 'Coś jest nie tak? Powiedz o tym mężowi zaufania',
    lead: 'Masz zastrzeżenia do pomocy albo do decyzji? Na przykład z opieki w domu, pomocy dla młodzieży, zasiłku albo długów? Mąż zaufania słucha, doradza i może pomóc w rozmowie. To nic nie kosztuje. Nie musisz podawać swojego imienia.',
    goesTo: 'Twoje zgłoszenie trafia do: {confidant}, niezależnego męża zaufania gminy {municipality}.',
    notToPartner: 'Twoje zgłoszenie nie trafia do: {partner}.',
    notToDepartment: 'Mąż zaufania nie pracuje w dziale, który decyduje w Twojej sprawie.',
    scan: 'Zeskanuj kod QR aparatem w telefonie.',
    orVisit: 'Albo wejdź na stronę:',
    call: 'Wolisz porozmawiać? Zadzwoń pod numer {phone}.',
    walkIn: 'Albo przyjdź na dyżur bez umawiania się:',
    qrAlt: 'Kod QR do strony, na której można złożyć zgłoszenie: {url}',
  },
  tr: {
    title: 'Memnun değil misiniz? Güven kişisine anlatın',
    lead: 'Bir yardımdan veya bir karardan memnun değil misiniz? Örneğin evde bakım, gençlik yardımı, sosyal yardım veya borçlar hakkında mı? Güven kişisi sizi dinler, tavsiye verir ve bir görüşmede yardımcı olabilir. Ücretsizdir. Adınızı vermek zorunda değilsiniz.',
    goesTo: 'Bildiriminiz {confidant} adlı kişiye gider: {municipality} belediyesinin bağımsız güven kişisi.',
    notToPartner: 'Bildiriminiz {partner} kurumuna gitmez.',
    notToDepartment: 'Güven kişisi, sizin hakkınızda karar veren birimde çalışmaz.',
    scan: 'QR kodunu telefonunuzun kamerasıyla tarayın.',
    orVisit: 'Veya şu adrese gidin:',
    call: 'Konuşmayı mı tercih edersiniz? {phone} numarasını arayın.',
    walkIn: 'Veya randevusuz görüşme saatlerinde gelin:',
    qrAlt: 'Bildirim yapabileceğiniz sayfaya giden QR kodu: {url}',
  },
  ar: {
    title: 'غير راضٍ؟ أخبر الشخص المؤتمن',
    lead: 'هل أنت غير راضٍ عن مساعدة أو عن قرار؟ مثلًا عن الرعاية في البيت أو رعاية الشباب أو الإعانات أو الديون؟ الشخص المؤتمن يستمع إليك ويقدّم النصيحة ويمكنه المساعدة في محادثة. الخدمة مجانية. يمكنك ألا تذكر اسمك.',
    goesTo: 'يذهب بلاغك إلى {confidant}: الشخص المؤتمن المستقل لبلدية {municipality}.',
    notToPartner: 'بلاغك لا يذهب إلى {partner}.',
    notToDepartment: 'الشخص المؤتمن لا يعمل في القسم الذي يقرّر في أمرك.',
    scan: 'امسح رمز QR بكاميرا هاتفك.',
    orVisit: 'أو اذهب إلى:',
    call: 'هل تفضّل الحديث؟ اتصل بالرقم {phone}.',
    walkIn: 'أو تعال في ساعات الاستقبال بدون موعد:',
    qrAlt: 'رمز QR إلى الصفحة التي يمكنك فيها تقديم بلاغ: {url}',
  },
  uk: {
    title: 'Незадоволені? Розкажіть довіреній особі',
    lead: 'Ви незадоволені допомогою чи рішенням? Наприклад, доглядом удома, допомогою для молоді, виплатами чи боргами? Довірена особа вислухає, порадить і може допомогти в розмові. Це безкоштовно. Ви можете залишатися анонімними.',
    goesTo: 'Ваше звернення отримає {confidant}: незалежна довірена особа муніципалітету {municipality}.',
    notToPartner: 'Ваше звернення не отримає {partner}.',
    notToDepartment: 'Довірена особа не працює у відділі, який вирішує вашу справу.',
    scan: 'Відскануйте QR-код камерою телефона.',
    orVisit: 'Або перейдіть на сторінку:',
    call: 'Хочете краще поговорити? Телефонуйте {phone}.',
    walkIn: 'Або приходьте на прийом без запису:',
    qrAlt: 'QR-код на сторінку, де можна подати звернення: {url}',
  },
} satisfies Record<'nl' | ResidentOnlyLocale | 'en', PosterTexts>

/** A poster text with its `{name}` placeholders filled in; an unknown name stays as it is, so a test can see it. */
export const fillPosterText = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/** Each poster language named in itself, for the administrator's choice (the widget's switch uses the same names). */
export const POSTER_LANGUAGE_NAMES: Readonly<Record<PosterLanguage, string>> = { en: 'English', pl: 'Polski', tr: 'Türkçe', ar: 'العربية', uk: 'Українська' }
