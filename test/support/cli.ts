import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { recordLog } from './log-scan.js'

export const KLANKBORD_BIN = fileURLToPath(new URL('../../api/bin/klankbord.js', import.meta.url))

export type CliResult = { code: number | null; stdout: string; stderr: string }

/** Runs `klankbord …` as a user would, in its own process. */
export function runCli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KLANKBORD_BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } })
    child.stdin.end(stdin ?? '')
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

export type ServerProcess = {
  url: string
  child: ChildProcess
  /** stdout and stderr as they came, interleaved. */
  output: () => string
  stdout: () => string
  stderr: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Runs `node <args>` and waits for the `API: <url>/api/v1` line that Klankbord's serve (and the bench's hello world) print. */
export function startPrintingServer(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env } })
    let output = ''
    let stdout = ''
    let stderr = ''
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
    const onData = (chunk: Buffer) => {
      output += chunk
      stdout += chunk
      const match = /API:\s+(http:\/\/\S+)\/api\/v1/.exec(output)
      if (match)
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          stdout: () => stdout,
          stderr: () => stderr,
          async stop(signal = 'SIGTERM') {
            child.kill(signal)
            const code = await exited
            recordLog(`server-${child.pid}`, output)
            return code
          },
        })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk) => {
      output += chunk
      stderr += chunk
    })
    void exited.then((code) => reject(new Error(`server exited with ${code} before it listened:\n${output}`)))
  })
}

/** Starts `klankbord serve --demo --port 0` and waits for the URL it prints. */
export function startServerProcess(env: Record<string, string>, extraArgs: string[] = []): Promise<ServerProcess> {
  return startPrintingServer([KLANKBORD_BIN, 'serve', '--demo', '--port', '0', ...extraArgs], env)
}
