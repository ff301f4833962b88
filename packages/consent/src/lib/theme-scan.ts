import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { planBlocking, type BlockingContext, type ConsentFacts, type UnknownThirdParty } from './plan-blocking.js'

/** What the theme's templates contact: its services and problems, each with the template file. */
export interface ThemeFacts extends ConsentFacts {
  problems: Array<{ file: string; entry: UnknownThirdParty }>
}

const cache = new Map<string, ThemeFacts>()

function templateFiles(dirs: readonly string[]): Array<{ path: string; text: string }> {
  const files = new Map<string, { path: string; text: string }>()
  for (const dir of dirs) {
    for (const folder of ['layouts', 'partials']) {
      const base = join(dir, folder)
      if (!existsSync(base)) continue
      for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(?:hbs|html?)$/.test(entry.name)) continue
        const path = join(entry.parentPath, entry.name)
        const key = relative(base, path)
        // A site's own template replaces the default theme's of the same name.
        if (!files.has(`${folder}/${key}`)) files.set(`${folder}/${key}`, { path, text: readFileSync(path, 'utf8') })
      }
    }
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
}

/**
 * Scans a theme's templates (the site's theme first, then the default theme) as HTML, so trackers
 * pasted into a layout or partial are declared like content ones: in the banner, the cookie page and
 * the privacy policy. `root` makes the reported file names relative.
 */
export function scanTheme(dirs: readonly string[], root: string, context: BlockingContext): ThemeFacts {
  const files = templateFiles(dirs)
  const key = JSON.stringify([files.map((file) => [file.path, file.text]), context.siteHost, context.customServices.map((service) => service.id), context.allow ?? [], context.consentOff === true])
  const cached = cache.get(key)
  if (cached) return cached
  const services = new Set<string>()
  const allowedHosts = new Set<string>()
  const origins = new Map<string, Set<string>>()
  const problems: ThemeFacts['problems'] = []
  for (const file of files) {
    const { facts } = planBlocking(fromHtml(file.text, { fragment: true }), { ...context, content: false })
    for (const id of facts.services) services.add(id)
    for (const host of facts.allowedHosts ?? []) allowedHosts.add(host)
    for (const [directive, values] of Object.entries(facts.origins ?? {})) for (const value of values) (origins.get(directive) ?? origins.set(directive, new Set()).get(directive))?.add(value)
    const name = relative(root, file.path).split(sep).join('/')
    // A host with template syntax in it (`https://{{#if x}}a.example{{/if}}/`) is no host yet: the
    // finished pages name the real one, at their lines.
    for (const entry of facts.unknownThirdParties) if (!entry.host.includes('{')) problems.push({ file: name, entry })
  }
  const result: ThemeFacts = {
    services: [...services].sort(),
    unknownThirdParties: problems.map((problem) => problem.entry),
    allowedHosts: [...allowedHosts].sort(),
    origins: Object.fromEntries([...origins.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([directive, values]) => [directive, [...values].sort()])),
    problems,
  }
  cache.set(key, result)
  return result
}
