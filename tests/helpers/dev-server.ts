import { type ChildProcess, spawn } from 'node:child_process'
import { cliBin } from './site.js'

/** A running `nichepress dev` process for one site. */
export interface DevServer {
  /** The address it listens on, ending in `/`. */
  readonly url: string
  /** Everything it printed so far (stdout and stderr, in order). */
  output(): string
  /** Stops it and waits until it has exited (a rebuild may still be writing the cache). */
  stop(): Promise<void>
}

/** Starts `nichepress dev --port 0` for `root` and resolves once it prints its address. */
export async function startDevServer(root: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const child: ChildProcess = spawn(process.execPath, [cliBin, 'dev', '--root', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let printed = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${printed}`)), 30_000)
    const onData = (chunk: Buffer) => {
      printed += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`dev server exited with ${code} before it started:\n${printed}`))
    })
  })
  return {
    url,
    output: () => printed,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      await exited
      clearTimeout(timer)
    },
  }
}
