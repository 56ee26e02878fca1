import type { Locale } from '@klankbord/contract/vocabulary'
import { createTransport } from 'nodemailer'

export type Mailer = {
  /** Tells a resident there is a new message, without any of its content: e-mail is not confidential. */
  notifyNewMessage(to: string, locale: Locale): Promise<void>
}

const TEXT: Record<Locale, { subject: string; body: (url: string | undefined) => string }> = {
  nl: {
    subject: 'Er is een nieuw bericht voor u',
    body: (url) =>
      `Goedendag,\n\nDe vertrouwenspersoon heeft u een bericht gestuurd over uw melding.\n` +
      (url ? `U leest het met uw kenmerk en volgcode op:\n${url}\n\n` : `U leest het met uw kenmerk en volgcode, via de website waar u de melding deed.\n\n`) +
      `Om uw privacy te beschermen staat het bericht zelf niet in deze e-mail.\n`,
  },
  en: {
    subject: 'There is a new message for you',
    body: (url) =>
      `Hello,\n\nThe confidant has sent you a message about your concern.\n` +
      (url ? `Read it with your reference and follow-up code at:\n${url}\n\n` : `Read it with your reference and follow-up code on the website where you raised it.\n\n`) +
      `To protect your privacy, the message itself is not in this e-mail.\n`,
  },
}

/** A mailer over SMTP (nodemailer), or undefined when no SMTP URL is configured. */
export function createMailer(options: { smtpUrl: string | undefined; from: string; followUpUrl: string | undefined }): Mailer | undefined {
  if (!options.smtpUrl) return undefined
  const transport = createTransport(options.smtpUrl)
  return {
    async notifyNewMessage(to, locale) {
      const text = TEXT[locale]
      await transport.sendMail({ from: options.from, to, subject: text.subject, text: text.body(options.followUpUrl) })
    },
  }
}
