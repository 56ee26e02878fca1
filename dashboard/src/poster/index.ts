/**
 * The partner kit's poster and flyer (Node only: PDFKit, fonts from disk). Imported as `@klankbord/dashboard/poster`,
 * never from the dashboard's browser bundle.
 */
export { renderPoster, type PosterOptions } from './render-poster.js'
export { qrModules } from './qr-figure.js'
