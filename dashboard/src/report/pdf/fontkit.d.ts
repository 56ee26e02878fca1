/** The little of fontkit (PDFKit's font engine) the report uses: which characters a font can draw. */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function create(buffer: Buffer): Font
}
