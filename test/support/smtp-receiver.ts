import { createServer, type Server } from 'node:net'

export type ReceivedMail = { from: string; to: string[]; data: string }

/**
 * A minimal SMTP server on a free local port that accepts every message and keeps it: enough of RFC 5321
 * for nodemailer over plain SMTP, so the real mailer talks to a real socket.
 */
export async function startSmtpReceiver(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = []
  const server: Server = createServer((socket) => {
    let buffer = ''
    let current: ReceivedMail = { from: '', to: [], data: '' }
    let inData = false
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 klankbord-test ESMTP')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      let end: number
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (inData) {
          if (line === '.') {
            inData = false
            mails.push(current)
            current = { from: '', to: [], data: '' }
            reply('250 OK queued')
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') reply('250 klankbord-test')
        else if (verb === 'MAIL') (current.from = line.slice(10).trim()), reply('250 OK')
        else if (verb === 'RCPT') current.to.push(line.slice(8).trim()), reply('250 OK')
        else if (verb === 'DATA') (inData = true), reply('354 End data with <CR><LF>.<CR><LF>')
        else if (verb === 'QUIT') reply('221 Bye'), socket.end()
        else reply('250 OK')
      }
    })
    socket.on('error', () => socket.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
