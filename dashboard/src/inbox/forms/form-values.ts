/** Reads a submitted form; strings are trimmed, empty ones are undefined. */
export class FormValues {
  private readonly data: FormData

  constructor(form: HTMLFormElement) {
    this.data = new FormData(form)
  }

  text(name: string): string | undefined {
    const value = this.data.get(name)
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }

  texts(name: string): string[] {
    return this.data.getAll(name).flatMap((value) => (typeof value === 'string' && value.trim() !== '' ? [value.trim()] : []))
  }

  checked(name: string): boolean {
    return this.data.has(name)
  }

  /** A whole number, or undefined when empty; NaN when not a whole number, so the caller can say so. */
  integer(name: string): number | undefined {
    const text = this.text(name)
    if (text === undefined) return undefined
    return /^-?\d+$/.test(text) ? Number(text) : Number.NaN
  }
}

/** The form that a submit event came from. */
export const submittedForm = (event: SubmitEvent): HTMLFormElement => event.currentTarget as HTMLFormElement
