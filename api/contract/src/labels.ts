import type { ContactMode, Domain, Kind, Locale, Outcome, PartnerKind, RecommendationStatus, SignalStatus, Status, SupportGiven, Wish } from './vocabulary.js'

type Labels<Code extends string> = Record<Locale, Record<Code, string>>

/** Plain-language (B1) labels for each domain. */
export const DOMAIN_LABELS: Labels<Domain> = {
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
}

/** Labels for the kinds of dissatisfaction, phrased as what the resident experienced. */
export const KIND_LABELS: Labels<Kind> = {
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
}

export const WISH_LABELS: Labels<Wish> = {
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
}

export const SUPPORT_LABELS: Labels<SupportGiven> = {
  nl: { listening: 'Luisteren', advice: 'Informatie en advies', practical: 'Praktische hulp', mediation: 'Bemiddeling', referral: 'Doorverwijzing' },
  en: { listening: 'Listening', advice: 'Information and advice', practical: 'Practical support', mediation: 'Mediation', referral: 'Referral' },
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

export const STATUS_LABELS: Labels<Status> = {
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
}

export const PARTNER_KIND_LABELS: Labels<PartnerKind> = {
  nl: { municipality: 'Gemeente', 'care-provider': 'Zorgaanbieder', 'neighbourhood-team': 'Wijkteam', other: 'Andere organisatie' },
  en: { municipality: 'Municipality', 'care-provider': 'Care provider', 'neighbourhood-team': 'Neighbourhood team', other: 'Other organisation' },
}

export const CONTACT_MODE_LABELS: Labels<ContactMode> = {
  nl: { none: 'Ik blijf anoniem', email: 'Per e-mail', phone: 'Per telefoon' },
  en: { none: 'I stay anonymous', email: 'By email', phone: 'By phone' },
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
