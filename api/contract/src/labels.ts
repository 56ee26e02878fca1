import type { Channel, ContactMode, Domain, Kind, Locale, Outcome, PartnerKind, RecommendationStatus, SignalStatus, Status, SupportGiven, Wish } from './vocabulary.js'

type Labels<Code extends string> = Record<Locale, Record<Code, string>>

/** The widget's other languages (the resident's side only; the confidant and the council read Dutch or English). */
export type ResidentOnlyLocale = 'pl' | 'tr' | 'ar' | 'uk'
type ResidentLabels<Code extends string> = Labels<Code> & Record<ResidentOnlyLocale, Record<Code, string>>

/** Plain-language (B1) labels for each domain. */
export const DOMAIN_LABELS: ResidentLabels<Domain> = {
  nl: {
    wmo: 'Hulp en zorg thuis (Wmo)',
    youth: 'Jeugdhulp',
    income: 'Werk, inkomen en uitkering',
    debt: 'Schulden en geldzorgen',
    'school-transport': 'Leerlingenvervoer',
    shelter: 'Beschermd wonen en opvang',
    'benefits-recovery': 'Herstel toeslagenaffaire',
    other: 'Iets anders',
  },
  en: {
    wmo: 'Care and support at home (Wmo)',
    youth: 'Youth care',
    income: 'Work, income and benefits',
    debt: 'Debt and money worries',
    'school-transport': 'School transport',
    shelter: 'Sheltered living and shelter',
    'benefits-recovery': 'Benefits scandal recovery',
    other: 'Something else',
  },
  pl: {
    wmo: 'Opieka i pomoc w domu (Wmo)',
    youth: 'Pomoc dla dzieci i młodzieży',
    income: 'Praca, dochód i zasiłek',
    debt: 'Długi i kłopoty z pieniędzmi',
    'school-transport': 'Dowóz do szkoły',
    shelter: 'Mieszkanie z opieką i schronienie',
    'benefits-recovery': 'Naprawa afery z dodatkami (toeslagen)',
    other: 'Coś innego',
  },
  tr: {
    wmo: 'Evde bakım ve destek (Wmo)',
    youth: 'Gençlik yardımı',
    income: 'İş, gelir ve sosyal yardım',
    debt: 'Borçlar ve para sıkıntısı',
    'school-transport': 'Okul taşımacılığı',
    shelter: 'Korumalı konut ve barınma',
    'benefits-recovery': 'Ödenek skandalının (toeslagen) telafisi',
    other: 'Başka bir şey',
  },
  ar: {
    wmo: 'الرعاية والدعم في البيت (Wmo)',
    youth: 'رعاية الشباب',
    income: 'العمل والدخل والإعانة',
    debt: 'الديون وهموم المال',
    'school-transport': 'نقل التلاميذ',
    shelter: 'السكن المحمي والإيواء',
    'benefits-recovery': 'تعويض فضيحة الإعانات (toeslagen)',
    other: 'شيء آخر',
  },
  uk: {
    wmo: 'Догляд і допомога вдома (Wmo)',
    youth: 'Допомога дітям і молоді',
    income: 'Робота, дохід і виплати',
    debt: 'Борги та проблеми з грошима',
    'school-transport': 'Підвезення до школи',
    shelter: 'Житло з підтримкою і притулок',
    'benefits-recovery': 'Відновлення після скандалу з допомогами (toeslagen)',
    other: 'Щось інше',
  },
}

/** Labels for the kinds of dissatisfaction, phrased as what the resident experienced. */
export const KIND_LABELS: ResidentLabels<Kind> = {
  nl: {
    'decision-process': 'Hoe een besluit tot stand kwam',
    agreements: 'Afspraken zijn niet nagekomen',
    information: 'Ik kreeg te weinig uitleg of informatie',
    treatment: 'Hoe ik ben behandeld (bejegening)',
    'wrong-information': 'Het besluit klopt niet met mijn situatie',
    other: 'Iets anders',
  },
  en: {
    'decision-process': 'How a decision was made',
    agreements: 'Agreements were not kept',
    information: 'I got too little explanation or information',
    treatment: 'How I was treated',
    'wrong-information': 'The decision is based on wrong information',
    other: 'Something else',
  },
  pl: {
    'decision-process': 'Jak zapadła decyzja',
    agreements: 'Nie dotrzymano ustaleń',
    information: 'Za mało wyjaśnień albo informacji',
    treatment: 'Jak mnie potraktowano',
    'wrong-information': 'Decyzja nie pasuje do mojej sytuacji',
    other: 'Coś innego',
  },
  tr: {
    'decision-process': 'Kararın nasıl verildiği',
    agreements: 'Sözler tutulmadı',
    information: 'Çok az açıklama veya bilgi aldım',
    treatment: 'Bana nasıl davranıldığı',
    'wrong-information': 'Karar benim durumuma uymuyor',
    other: 'Başka bir şey',
  },
  ar: {
    'decision-process': 'كيف اتُّخذ القرار',
    agreements: 'لم يلتزموا بالاتفاقات',
    information: 'حصلت على شرح أو معلومات قليلة جدًا',
    treatment: 'كيف عاملوني',
    'wrong-information': 'القرار لا يناسب وضعي',
    other: 'شيء آخر',
  },
  uk: {
    'decision-process': 'Як ухвалили рішення',
    agreements: 'Не дотрималися домовленостей',
    information: 'Я отримав(-ла) замало пояснень чи інформації',
    treatment: 'Як зі мною поводилися',
    'wrong-information': 'Рішення не відповідає моїй ситуації',
    other: 'Щось інше',
  },
}

export const WISH_LABELS: ResidentLabels<Wish> = {
  nl: {
    listen: 'Iemand die naar mij luistert',
    support: 'Advies en hulp',
    mediation: 'Bemiddeling: samen met de organisatie praten',
    unsure: 'Dat weet ik nog niet',
  },
  en: {
    listen: 'Someone who listens to me',
    support: 'Advice and help',
    mediation: 'Mediation: talking together with the organisation',
    unsure: "I don't know yet",
  },
  pl: {
    listen: 'Ktoś, kto mnie wysłucha',
    support: 'Rada i pomoc',
    mediation: 'Mediacja: wspólna rozmowa z organizacją',
    unsure: 'Jeszcze nie wiem',
  },
  tr: {
    listen: 'Beni dinleyen biri',
    support: 'Tavsiye ve yardım',
    mediation: 'Arabuluculuk: kurumla birlikte konuşmak',
    unsure: 'Henüz bilmiyorum',
  },
  ar: {
    listen: 'شخص يستمع إليّ',
    support: 'نصيحة ومساعدة',
    mediation: 'وساطة: نتحدث معًا مع المؤسسة',
    unsure: 'لا أعرف بعد',
  },
  uk: {
    listen: 'Хтось, хто мене вислухає',
    support: 'Порада і допомога',
    mediation: 'Посередництво: разом поговорити з організацією',
    unsure: 'Я ще не знаю',
  },
}

export const SUPPORT_LABELS: ResidentLabels<SupportGiven> = {
  nl: { listening: 'Luisteren', advice: 'Informatie en advies', practical: 'Praktische hulp', mediation: 'Bemiddeling', referral: 'Doorverwijzing' },
  en: { listening: 'Listening', advice: 'Information and advice', practical: 'Practical support', mediation: 'Mediation', referral: 'Referral' },
  pl: { listening: 'Wysłuchanie', advice: 'Informacja i rada', practical: 'Praktyczna pomoc', mediation: 'Mediacja', referral: 'Skierowanie dalej' },
  tr: { listening: 'Dinleme', advice: 'Bilgi ve tavsiye', practical: 'Pratik yardım', mediation: 'Arabuluculuk', referral: 'Yönlendirme' },
  ar: { listening: 'الاستماع', advice: 'معلومات ونصيحة', practical: 'مساعدة عملية', mediation: 'وساطة', referral: 'إحالة' },
  uk: { listening: 'Вислухати', advice: 'Інформація і порада', practical: 'Практична допомога', mediation: 'Посередництво', referral: 'Направлення далі' },
}

export const OUTCOME_LABELS: Labels<Outcome> = {
  nl: {
    resolved: 'Opgelost',
    'partly-resolved': 'Deels opgelost',
    'formal-complaint': 'Doorverwezen naar formele klacht',
    objection: 'Bezwaar ingediend',
    withdrawn: 'Ingetrokken of geen contact',
    'not-resolved': 'Niet opgelost',
  },
  en: {
    resolved: 'Resolved',
    'partly-resolved': 'Partly resolved',
    'formal-complaint': 'Referred to formal complaint',
    objection: 'Objection filed',
    withdrawn: 'Withdrawn or no contact',
    'not-resolved': 'Not resolved',
  },
}

export const STATUS_LABELS: ResidentLabels<Status> = {
  nl: {
    new: 'Nieuw',
    'in-progress': 'In behandeling',
    'waiting-resident': 'Wacht op u',
    'waiting-organisation': 'Wacht op de organisatie',
    closed: 'Afgesloten',
  },
  en: {
    new: 'New',
    'in-progress': 'In progress',
    'waiting-resident': 'Waiting for you',
    'waiting-organisation': 'Waiting for the organisation',
    closed: 'Closed',
  },
  pl: { new: 'Nowe', 'in-progress': 'W trakcie', 'waiting-resident': 'Czeka na Ciebie', 'waiting-organisation': 'Czeka na organizację', closed: 'Zakończone' },
  tr: { new: 'Yeni', 'in-progress': 'Devam ediyor', 'waiting-resident': 'Sizi bekliyor', 'waiting-organisation': 'Kurumu bekliyor', closed: 'Kapatıldı' },
  ar: { new: 'جديد', 'in-progress': 'قيد العمل', 'waiting-resident': 'بانتظارك', 'waiting-organisation': 'بانتظار المؤسسة', closed: 'مُغلق' },
  uk: { new: 'Нове', 'in-progress': 'У роботі', 'waiting-resident': 'Чекає на вас', 'waiting-organisation': 'Чекає на організацію', closed: 'Закрито' },
}

export const PARTNER_KIND_LABELS: Labels<PartnerKind> = {
  nl: { municipality: 'Gemeente', 'care-provider': 'Zorgaanbieder', 'neighbourhood-team': 'Wijkteam', other: 'Andere organisatie' },
  en: { municipality: 'Municipality', 'care-provider': 'Care provider', 'neighbourhood-team': 'Neighbourhood team', other: 'Other organisation' },
}

export const CONTACT_MODE_LABELS: ResidentLabels<ContactMode> = {
  nl: { none: 'Ik blijf anoniem', email: 'Per e-mail', phone: 'Per telefoon' },
  en: { none: 'I stay anonymous', email: 'By email', phone: 'By phone' },
  pl: { none: 'Nie podaję swoich danych', email: 'E-mailem', phone: 'Telefonicznie' },
  tr: { none: 'Adımı vermiyorum', email: 'E-postayla', phone: 'Telefonla' },
  ar: { none: 'أبقى مجهول الهوية', email: 'بالبريد الإلكتروني', phone: 'بالهاتف' },
  uk: { none: 'Я залишаюся анонімним', email: 'Електронною поштою', phone: 'Телефоном' },
}

/** Where a signal to the municipality stands ("you said, we did"). */
export const SIGNAL_STATUS_LABELS: Labels<SignalStatus> = {
  nl: { new: 'Nieuw', shared: 'Gedeeld met de gemeente', answered: 'Gemeente heeft gereageerd', improved: 'Verbeterd' },
  en: { new: 'New', shared: 'Shared with the municipality', answered: 'Municipality has responded', improved: 'Improved' },
}

/** What became of a recommendation of the confidant. */
export const RECOMMENDATION_STATUS_LABELS: Labels<RecommendationStatus> = {
  nl: { open: 'Nog geen besluit', adopted: 'Overgenomen', 'in-progress': 'Wordt uitgevoerd', done: 'Uitgevoerd', declined: 'Niet overgenomen' },
  en: { open: 'No decision yet', adopted: 'Adopted', 'in-progress': 'Being carried out', done: 'Carried out', declined: 'Not adopted' },
}

/** How a concern came in: the confidant's inbox and the resident's copy of their data name it. */
export const CHANNEL_LABELS: ResidentLabels<Channel> = {
  nl: {
    'widget-inline': 'Formulier op een website',
    'widget-launcher': 'Knop op een website',
    'no-script': 'Eenvoudig formulier (zonder JavaScript)',
    poster: 'Poster of folder (QR-code)',
    phone: 'Telefoon',
    'walk-in': 'Inloopspreekuur',
    email: 'E-mail',
    letter: 'Brief',
    own: 'Door de vertrouwenspersoon zelf',
  },
  en: {
    'widget-inline': 'Form on a website',
    'widget-launcher': 'Button on a website',
    'no-script': 'Simple form (without JavaScript)',
    poster: 'Poster or flyer (QR code)',
    phone: 'Phone',
    'walk-in': 'Walk-in hour',
    email: 'E-mail',
    letter: 'Letter',
    own: "The confidant's own intake",
  },
  pl: {
    'widget-inline': 'Formularz na stronie internetowej',
    'widget-launcher': 'Przycisk na stronie internetowej',
    'no-script': 'Prosty formularz (bez JavaScriptu)',
    poster: 'Plakat lub ulotka (kod QR)',
    phone: 'Telefon',
    'walk-in': 'Dyżur bez umawiania',
    email: 'E-mail',
    letter: 'List',
    own: 'Przez męża zaufania',
  },
  tr: {
    'widget-inline': 'Web sitesindeki form',
    'widget-launcher': 'Web sitesindeki düğme',
    'no-script': 'Basit form (JavaScript olmadan)',
    poster: 'Afiş veya broşür (QR kodu)',
    phone: 'Telefon',
    'walk-in': 'Randevusuz görüşme saati',
    email: 'E-posta',
    letter: 'Mektup',
    own: 'Güven kişisinin kendisi',
  },
  ar: {
    'widget-inline': 'استمارة على موقع إلكتروني',
    'widget-launcher': 'زر على موقع إلكتروني',
    'no-script': 'استمارة بسيطة (بدون جافاسكريبت)',
    poster: 'ملصق أو منشور (رمز QR)',
    phone: 'الهاتف',
    'walk-in': 'ساعة الاستقبال بدون موعد',
    email: 'البريد الإلكتروني',
    letter: 'رسالة',
    own: 'الشخص المؤتمن نفسه',
  },
  uk: {
    'widget-inline': 'Форма на вебсайті',
    'widget-launcher': 'Кнопка на вебсайті',
    'no-script': 'Проста форма (без JavaScript)',
    poster: 'Плакат або листівка (QR-код)',
    phone: 'Телефон',
    'walk-in': 'Прийом без запису',
    email: 'Електронна пошта',
    letter: 'Лист',
    own: 'Сама довірена особа',
  },
}
