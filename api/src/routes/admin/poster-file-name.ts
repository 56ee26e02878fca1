import type { PosterFormat, PosterLanguage } from '@klankbord/contract'

/** A file name that says what it is, e.g. poster-zorggroep-nl-pl.pdf or flyer-wijkteam-nl.pdf. */
export const posterFileName = (partnerKey: string, format: PosterFormat, language: PosterLanguage | undefined): string =>
  `${format === 'a4' ? 'poster' : 'flyer'}-${partnerKey}-nl${language ? `-${language}` : ''}.pdf`
