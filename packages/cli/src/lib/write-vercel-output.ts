import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, rm } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** Where the seo plugin emits the config inside the output (`vercelConfigPath` of @nichepress/seo; not imported, so a build does not load seo on the main thread). */
export const vercelConfigPath = '.vercel/output/config.json'

/** Netlify's files and the config itself are not served from Vercel's static folder. */
const notStatic = new Set(['_headers', '_redirects', '.vercel'])

/**
 * On Vercel (when the seo plugin emitted the Build Output API config into `outDir`): writes
 * `<root>/.vercel/output/config.json` and copies the output to `<root>/.vercel/output/static/`, or,
 * for a site in a folder, to `static/<folder>/`, where the config's 404 route looks for `404.html`.
 * Vercel then deploys that folder with its headers, redirects and 404 page. Returns the folder
 * written, or undefined when there was nothing to do (not on Vercel, or `seo.hosting: 'netlify'`).
 */
export async function writeVercelOutput(root: string, outDir: string): Promise<string | undefined> {
  const config = join(outDir, vercelConfigPath)
  if (!existsSync(config)) return undefined
  const target = join(root, '.vercel', 'output')
  await rm(target, { recursive: true, force: true })
  await mkdir(target, { recursive: true })
  await cp(config, join(target, 'config.json'))
  await cp(outDir, join(target, 'static', await basePathOf(config)), {
    recursive: true,
    filter: (path) => {
      const inside = relative(outDir, path)
      return inside === '' || !notStatic.has(inside.split(sep)[0] ?? '')
    },
  })
  return target
}

/** The site's folder (`/blog`, or `''`), from the config's 404 route (`dest: '/blog/404.html'`). */
async function basePathOf(config: string): Promise<string> {
  const parsed = JSON.parse(await readFile(config, 'utf8')) as { routes?: Array<{ status?: number; dest?: string }> }
  const dest = parsed.routes?.find((route) => route.status === 404 && typeof route.dest === 'string')?.dest ?? '/404.html'
  return dest.slice(0, -'/404.html'.length)
}
