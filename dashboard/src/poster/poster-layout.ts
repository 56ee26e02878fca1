import type { PosterFormat } from '@klankbord/contract'

/** Page and type sizes of each format, in PDF points. The A6 flyer has one side per language. */
export type PosterLayout = {
  readonly page: { readonly width: number; readonly height: number }
  readonly margin: number
  readonly title: number
  readonly subtitle: number
  readonly body: number
  readonly gap: number
  readonly qr: number
  readonly band: number
}

export const POSTER_LAYOUTS: Readonly<Record<PosterFormat, PosterLayout>> = {
  a4: { page: { width: 595.28, height: 841.89 }, margin: 44, title: 24, subtitle: 17, body: 11, gap: 10, qr: 128, band: 14 },
  a6: { page: { width: 297.64, height: 419.53 }, margin: 18, title: 13, subtitle: 13, body: 7.5, gap: 5, qr: 80, band: 7 },
}

/** The colours: black on white for any printer, one accent band (an artifact). */
export const POSTER_COLOR = { ink: '#1a1a1a', accent: '#0b5cad' } as const

/** The layout with its type and spacing `factor` times as large; page, margins, band and QR code stay (a smaller code scans worse). */
export const scaledLayout = (layout: PosterLayout, factor: number): PosterLayout => ({
  ...layout,
  title: layout.title * factor,
  subtitle: layout.subtitle * factor,
  body: layout.body * factor,
  gap: layout.gap * factor,
})
