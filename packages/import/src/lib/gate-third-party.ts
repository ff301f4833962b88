import { findServiceByUrl } from '@nichepress/consent'
import type { Reporter } from './report-rules.js'

const scriptPattern = /<script\b[^>]*?\bsrc\s*=\s*("([^"]*)"|'([^']*)')[^>]*>\s*<\/script\s*>/gi
const framePattern = /<iframe\b[^>]*?\bsrc\s*=\s*("([^"]*)"|'([^']*)')[^>]*>[\s\S]*?<\/iframe\s*>/gi

/** What gating needs to know about the entry. */
export interface GateContext {
  file: string
  line: number | undefined
  reporter: Reporter
  /** Hosts of the old site (its own scripts are not third parties). */
  ownHosts: ReadonlySet<string>
}

/**
 * Third-party `<script src>` and `<iframe>` the consent banner knows nothing about would load
 * before consent, which a nichepress build refuses. Scripts from such hosts are removed and
 * frames become plain links; each is reported with the fix (declare the service, put it back).
 * Services the consent registry knows (YouTube, Vimeo…) stay: the consent plugin blocks them.
 */
export function gateThirdParty(html: string, context: GateContext): string | undefined {
  let changed = false
  const unknownHost = (url: string): string | undefined => {
    let parsed: URL
    try {
      parsed = new URL(url.startsWith('//') ? `https:${url}` : url)
    } catch {
      return undefined
    }
    if (!/^https?:$/.test(parsed.protocol) || context.ownHosts.has(parsed.hostname.toLowerCase())) return undefined
    return findServiceByUrl(parsed.href) ? undefined : parsed.hostname
  }
  let result = html.replace(scriptPattern, (match, _quoted: string, double: string | undefined, single: string | undefined) => {
    const src = double ?? single ?? ''
    const host = unknownHost(src)
    if (!host) return match
    changed = true
    context.reporter.add('thirdPartyRemoved', context.file, `The script from ${host} is no service the consent banner knows, so it would load before consent; it was removed. To keep it, declare ${host} under \`consent.services\` in the config and put the tag back.`, { line: context.line, original: match.slice(0, 300) })
    return ''
  })
  result = result.replace(framePattern, (match, _quoted: string, double: string | undefined, single: string | undefined) => {
    const src = double ?? single ?? ''
    const host = unknownHost(src)
    if (!host) return match
    changed = true
    const link = `<a href="${src.replace(/"/g, '%22')}">${host}</a>`
    context.reporter.add('thirdPartyRemoved', context.file, `The frame from ${host} is no service the consent banner knows, so it would load before consent; it is now a link. To embed it again, declare ${host} under \`consent.services\` in the config and put the <iframe> back.`, { line: context.line, original: match.slice(0, 300), replacement: link })
    return link
  })
  return changed ? result : undefined
}
