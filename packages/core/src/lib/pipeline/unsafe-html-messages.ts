import type { VFileMessage } from 'vfile-message'
import type { Page } from '../content/page.js'
import { contentUnsafeHtml } from '../diagnostic-catalogue.js'
import { thirdPartyScriptAllowed } from './third-party-script-allowed.js'

/**
 * One `content-unsafe-html` error per finding of the content pages, except where a plugin's error
 * (`reported`: the documents' and `files` hooks' messages) already stands at that file, line and
 * column (it reported the same element first, e.g. consent's `consent-content-event-handler`): one
 * thing is reported once. A plugin's `…-third-party` finding does not count: it says where the element
 * connects, not what it runs. A post's third-party script stands unless a plugin's `contentSecurityPolicy`
 * lets its URL run (`policy`: `site.contentSecurityPolicy`).
 */
export function unsafeHtmlMessages(pages: readonly Page[], reported: readonly VFileMessage[], policy: Readonly<Record<string, readonly string[]>>): VFileMessage[] {
  // A plugin's finding about where an element connects (consent's `…-third-party` rules: a host no one
  // declared, a third party with consent off) is another matter than what the element runs or redirects
  // (a `<base href>`, a third-party `<script src>`): both stand.
  const taken = new Set(reported.filter((message) => message.fatal && !String(message.ruleId ?? '').endsWith('-third-party')).map((message) => `${String(message.file ?? '')}:${message.line}:${message.column}`))
  const messages: VFileMessage[] = []
  for (const page of pages) {
    for (const finding of page.rendered.unsafeHtml) {
      const key = `${page.relativePath}:${finding.line}:${finding.column}`
      if (taken.has(key) || (finding.scriptUrl !== undefined && thirdPartyScriptAllowed(finding.scriptUrl, policy))) continue
      taken.add(key)
      messages.push(contentUnsafeHtml.create({ file: page.relativePath, line: finding.line, column: finding.column }, [finding.what], { note: finding.fix }))
    }
  }
  return messages
}
