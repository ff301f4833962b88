import { consentConfigSchema, services } from '../../packages/consent/dist/index.js'
import { buildSite } from '@nichepress/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { germanOperatorLegal, makeSite, presetPath, removeSite } from '../helpers/site.js'

// One rule for cookieless third-party measurement (packages/consent/src/lib/services/cookieless-analytics.ts):
// its script stores nothing but reads the page address, referrer and browser properties on the device and
// sends them to the vendor — access under § 25(1) TDDDG (EDPB Guidelines 2/2023) — so it waits for consent by
// default. A site may run one without consent by saying so and why (`withoutConsent: { reason }`); the privacy
// policy then names it under Art. 6(1)(f) GDPR and the exemption the site relies on. Before, Plausible alone
// loaded without consent while Cloudflare Web Analytics, Umami, Simple Analytics and Fathom waited.

const cookieless = services.filter((service) => service.category === 'statistics' && service.cookies.length === 0)

test('every cookieless measurement in the registry waits for consent by default', () => {
  expect(cookieless.map((service) => service.id).sort()).toEqual(expect.arrayContaining(['cloudflare-web-analytics', 'plausible', 'simple-analytics', 'umami']))
  for (const service of cookieless) {
    expect(service.needsConsent, service.id).toBe(true)
    expect(service.legalBasis, service.id).toBe('consent')
  }
})

const reason = 'Nur Seitenaufrufe zählen, ohne Speicherung auf dem Gerät, Server in der EU.'
const issuesOf = (services: Record<string, unknown>) => {
  const result = consentConfigSchema.safeParse({ services })
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

test('withoutConsent: allowed for a cookieless measurement with a reason, refused for anything that stores or is no measurement', () => {
  for (const service of cookieless) expect(issuesOf({ [service.id]: { withoutConsent: { reason } } }), service.id).toEqual([])
  expect(issuesOf({ 'google-analytics': { withoutConsent: { reason } } })).toEqual([expect.stringMatching(/^services\.google-analytics\.withoutConsent: Google Analytics 4 stores data on the device .*§ 25\(1\) TDDDG.*only a cookieless measurement may run without consent \(.*plausible/)])
  // Fathom's entry does not know what it stores (the vendor publishes no list): not consent-free either.
  expect(issuesOf({ fathom: { withoutConsent: { reason } } })).toEqual([expect.stringMatching(/^services\.fathom\.withoutConsent: Fathom Analytics stores data on the device/)])
  expect(issuesOf({ youtube: { withoutConsent: { reason } } })).toEqual([expect.stringMatching(/^services\.youtube\.withoutConsent: YouTube is no audience measurement \(category external-media\)/)])
  expect(issuesOf({ plausible: { withoutConsent: { reason: 'weil' } } })).toEqual([expect.stringMatching(/^services\.plausible\.withoutConsent\.reason: say why this measurement may run without consent/)])
  expect(issuesOf({ plausible: { withoutConsent: {} } })).toHaveLength(1)
})

async function buildPlausibleSite(plausible: Record<string, unknown>) {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Kocherblog', url: 'https://kocher.example', language: 'de', legal: germanOperatorLegal, consent: { services: { plausible } } }),
    'content/posts/hallo.md': '---\ntitle: Hallo\ndate: 2026-01-05\ndescription: Ein Test.\n---\n\nText.\n',
  })
  try {
    const result = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false })
    const read = (path: string) => readFileSync(join(result.outDir, path), 'utf8')
    return { messages: result.messages.map((message) => `${message.ruleId}: ${message.reason}`), post: read('hallo/index.html'), privacy: read('datenschutz/index.html') }
  } finally {
    removeSite(root)
  }
}

const plausibleScript = /<script[^>]*plausible\.io\/js\/script\.js[^>]*>/
const policyText = (html: string) => {
  const start = html.indexOf('id="service-plausible"')
  return html.slice(start, html.indexOf('</section>', start)).replace(/<[^>]+>/g, '')
}

test('a built site: Plausible is blocked until consent by default, and its policy section says consent', async () => {
  const { post, privacy } = await buildPlausibleSite({ domain: 'kocher.example' })
  const script = post.match(plausibleScript)?.[0] ?? ''
  expect(script).toContain('type="text/plain"')
  expect(script).not.toMatch(/\ssrc=/)
  expect(post).toContain('np-consent-config')
  expect(policyText(privacy)).toContain('Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; für das Speichern und Auslesen auf Ihrem Endgerät § 25 Abs. 1 TDDDG)')
}, 60_000)

test('a built site that runs Plausible without consent: the script loads at once, no banner, the policy names Art. 6(1)(f) and § 25(2) No. 2 TDDDG', async () => {
  const { messages, post, privacy } = await buildPlausibleSite({ domain: 'kocher.example', withoutConsent: { reason } })
  const script = post.match(plausibleScript)?.[0] ?? ''
  expect(script).toBe('<script defer data-domain="kocher.example" src="https://plausible.io/js/script.js">')
  expect(post).not.toContain('np-consent-config')
  expect(messages.filter((message) => message.startsWith('ungated-third-party'))).toEqual([])
  const text = policyText(privacy)
  expect(text).toContain('Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt im genannten Zweck.')
  expect(text).toContain('Wir holen dafür keine Einwilligung ein, weil wir diese Messung für unbedingt erforderlich halten (§ 25 Abs. 2 Nr. 2 TDDDG).')
  expect(text).toContain('Sie können der Verarbeitung nach Art. 21 DSGVO widersprechen.')
}, 60_000)
