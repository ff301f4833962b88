import { expect, test } from 'vitest'
import { auditDocuments } from './audit-documents.js'

const page = (title: string, footer: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title><link rel="canonical" href="https://kocher.example/${title}/"><meta name="description" content="Beschreibung ${title}"></head><body><main><p>Text</p></main><footer>${footer}</footer></body></html>`

const impressumFindings = (documents: Map<string, string>) => auditDocuments(documents).filter((message) => message.ruleId === 'impressum-link-missing')

test('a German site that links no Impressum anywhere gets one finding saying so, not one per page', () => {
  const documents = new Map(Array.from({ length: 24 }, (_, index) => [`post-${String(index).padStart(2, '0')}/index.html`, page(`post-${index}`, '<a href="/datenschutz/">Datenschutz</a>')]))
  const findings = impressumFindings(documents)
  expect(findings).toHaveLength(1)
  expect(findings[0]?.file).toBe('post-00/index.html')
  expect(findings[0]?.reason).toMatch(/^No German-language page of this site links to an Impressum \(24 pages: post-00\/index\.html, .* and 19 more\), so the site has none a visitor can reach\. § 5 DDG/)
  expect(findings[0]?.fatal).toBe(true)
})

test('when some pages link the Impressum, each page that does not is named', () => {
  const documents = new Map([
    ['a/index.html', page('a', '<a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a>')],
    ['b/index.html', page('b', '<a href="/datenschutz/">Datenschutz</a>')],
    ['c/index.html', page('c', '<a href="/datenschutz/">Datenschutz</a>')],
  ])
  expect(impressumFindings(documents).map((message) => `${message.file} ${message.reason}`)).toEqual(['b/index.html The page links to no Impressum.', 'c/index.html The page links to no Impressum.'])
})

// ruby-lang.org imported with `legal.enabled: false` and no footer links: 5,866 identical
// privacy-link-missing errors hid everything else the build said. Like the Impressum: one finding.
test('a German site that links no privacy policy anywhere gets one finding saying so; a site that links it on some pages, one per page without', () => {
  const privacyFindings = (documents: Map<string, string>) => auditDocuments(documents).filter((message) => message.ruleId === 'privacy-link-missing')
  const nowhere = new Map(Array.from({ length: 12 }, (_, index) => [`post-${String(index).padStart(2, '0')}/index.html`, page(`post-${index}`, '<a href="/impressum/">Impressum</a>')]))
  const findings = privacyFindings(nowhere)
  expect(findings).toHaveLength(1)
  expect(findings[0]?.file).toBe('post-00/index.html')
  expect(findings[0]?.reason).toMatch(/^No German-language page of this site links to a privacy policy \(Datenschutzerklärung\) \(12 pages: post-00\/index\.html, .* and 7 more\), so the site has none a visitor can reach\. Art\. 13 GDPR/)
  expect(findings[0]?.fatal).toBe(true)
  const some = new Map([
    ['a/index.html', page('a', '<a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a>')],
    ['b/index.html', page('b', '<a href="/impressum/">Impressum</a>')],
  ])
  expect(privacyFindings(some).map((message) => `${message.file} ${message.reason}`)).toEqual(['b/index.html The page links to no privacy policy (Datenschutzerklärung).'])
})
