import { existsSync } from 'node:fs'
import { basePathOf, loadConfig, recoverOutput } from '@nichepress/core'
import pc from 'picocolors'
import { presetUrl } from '../lib/preset-url.js'
import { allowedHostsOf, createStaticServer, listen } from '../lib/static-server.js'

/** `nichepress preview`: serves the built output as a host would. */
export async function runPreview(options: { root: string; out: string | undefined; port: number | undefined; host: string }): Promise<number> {
  const config = await loadConfig(options.root, { preset: presetUrl, outDir: options.out })
  // A build killed mid-swap left the previous output set aside: put it back before serving.
  recoverOutput(config.paths.out)
  if (!existsSync(config.paths.out)) {
    process.stderr.write(`Nothing to preview: ${config.paths.out} does not exist. Run \`nichepress build\` first.\n`)
    return 1
  }
  const server = createStaticServer({ dir: config.paths.out, basePath: basePathOf(config.url), allowedHosts: allowedHostsOf(options.host, config.url) })
  const port = await listen(server, options.port ?? 4321, options.host)
  process.stdout.write(`${pc.green('➜')} Preview of ${config.paths.out} at ${pc.cyan(`http://${options.host}:${port}${basePathOf(config.url)}/`)} (Ctrl+C stops)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve())
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
