import { expect, test } from 'vitest'
import { auditDocuments } from './audit-documents.js'
import { legalLinkCountryOfConfig } from './audit-legal-links.js'

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

// Each country's site is told its own law and its own name for the page: an Austrian or Swiss
// operator told "§ 5 DDG" would look up a German statute that does not bind them.
const pageIn = (lang: string, footer: string) => page('seite', footer).replace('<html lang="de">', `<html lang="${lang}">`)
const reasonsOf = (documents: Map<string, string>, options: Parameters<typeof auditDocuments>[1] = {}) =>
  auditDocuments(documents, options)
    .filter((message) => message.ruleId === 'impressum-link-missing' || message.ruleId === 'privacy-link-missing')
    .map((message) => `${message.ruleId}: ${message.reason}`)

test.each([
  { lang: 'de-AT', cites: /§ 5 Abs\. 1 ECG .* § 25 Abs\. 1 MedienG/, names: 'Impressum with the Offenlegung' },
  { lang: 'de-CH', cites: /Art\. 3 Abs\. 1 lit\. s UWG/, names: 'Impressum (Mentions légales, Note legali)' },
  { lang: 'fr-CH', cites: /Art\. 3 Abs\. 1 lit\. s UWG \(LCD art\. 3 al\. 1 let\. s/, names: 'Impressum (Mentions légales, Note legali)' },
  { lang: 'it-CH', cites: /LCSl art\. 3 cpv\. 1 lett\. s/, names: 'Impressum (Mentions légales, Note legali)' },
])('a $lang page without an Impressum link is told its own country’s law, not § 5 DDG', ({ lang, cites, names }) => {
  const [reason, ...rest] = reasonsOf(new Map([['a/index.html', pageIn(lang, '<a href="/datenschutz/">Datenschutz</a>')]]))
  expect(rest).toEqual([])
  expect(reason).toContain(`The page links to no ${names}.`)
  expect(reason).toMatch(cites)
  expect(reason).not.toContain('DDG')
})

test('a site that says its country (legal.country) is told that law on every page, whatever the page language', () => {
  const documents = new Map(Array.from({ length: 3 }, (_, index) => [`p${index}/index.html`, page(`p${index}`, '<a href="/datenschutz/">Datenschutz</a>')]))
  const [austrian] = reasonsOf(documents, { legalCountry: 'AT' })
  expect(austrian).toMatch(/^impressum-link-missing: No page of this Austrian site links to an Impressum with the Offenlegung \(3 pages: .*\), so the site has none a visitor can reach\. In Austria § 5 Abs\. 1 ECG/)
  expect(austrian).not.toContain('DDG')
  const [swiss] = reasonsOf(documents, { legalCountry: 'CH' })
  expect(swiss).toMatch(/^impressum-link-missing: No page of this Swiss site links to .*Art\. 3 Abs\. 1 lit\. s UWG/)
  const [german] = reasonsOf(documents, { legalCountry: 'DE' })
  expect(german).toMatch(/^impressum-link-missing: No German-language page of this site links to an Impressum .* § 5 DDG/)
})

test('a Swiss French or Italian page passes with a link named in its language; the privacy finding cites the DSG', () => {
  expect(reasonsOf(new Map([['a/index.html', pageIn('fr-CH', '<a href="/mentions-legales/">Mentions légales</a> <a href="/protection-des-donnees/">Protection des données</a>')]]))).toEqual([])
  expect(reasonsOf(new Map([['a/index.html', pageIn('it-CH', '<a href="/note-legali/">Note legali</a> <a href="/privacy/">Privacy</a>')]]))).toEqual([])
  expect(reasonsOf(new Map([['a/index.html', pageIn('fr-CH', '<a href="/mentions-legales/">Mentions légales</a>')]]))).toEqual([
    expect.stringMatching(/^privacy-link-missing: The page links to no privacy policy \(Datenschutzerklärung, Déclaration de protection des données, Informativa sulla protezione dei dati\)\. Art\. 19 DSG \(LPD\)/),
  ])
  // Another language outside Switzerland is still not checked by its language alone.
  expect(reasonsOf(new Map([['a/index.html', pageIn('fr-FR', '')]]))).toEqual([])
})

test('the country of a nichepress site comes from its legal section', () => {
  expect(legalLinkCountryOfConfig({ country: 'AT' })).toBe('AT')
  expect(legalLinkCountryOfConfig({ operator: { address: { country: 'CH' } } })).toBe('CH')
  expect(legalLinkCountryOfConfig({ country: 'CH', enabled: false })).toBeUndefined()
  expect(legalLinkCountryOfConfig({ country: 'FR' })).toBeUndefined()
  expect(legalLinkCountryOfConfig(undefined)).toBeUndefined()
})
