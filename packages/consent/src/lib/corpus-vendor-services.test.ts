import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, test } from 'vitest'
// The vendors' own snippets, as the consent corpus pastes them (one copy, with each snippet's source page).
import { vendorSnippets } from '../../../../tests/consent/corpus/vendors.js'
import { allowedHosts } from '../../../../tests/consent/corpus/site.js'
import { siteServices } from './configured-snippets.js'
import { consentConfigSchema } from './consent-config-schema.js'
import { findServiceByScriptText, findServiceByUrl, hostsOf } from './find-service.js'
import { planBlocking } from './plan-blocking.js'
import { applyEdits } from './rehype-consent-blocking.js'
import { services } from './registry.js'
import { defaultTexts } from './texts.js'

// The eight vendors the corpus used to declare in `consent.custom` (session 4) are registry entries now:
// each real snippet is recognised as its service — by URL, and inline loaders by their text — and gated
// with no `consent.custom` at all.
const vendors = [
  { snippet: 'awin-mastertag', service: 'awin', url: 'https://www.dwin1.com/12345.js', marker: 'var AWIN = AWIN || {}; AWIN.Tracking = AWIN.Tracking || {}; AWIN.Tracking.Sale = {};' },
  { snippet: 'etracker', service: 'etracker', url: '//code.etracker.com/code/e.js', marker: "_etracker.enableCookies('kocherkompass.example');" },
  { snippet: 'microsoft-uet', service: 'microsoft-advertising', url: '//bat.bing.com/bat.js', marker: 'w[u]=new UET(o),w[u].push("pageLoad")' },
  { snippet: 'x-pixel', service: 'x-pixel', url: 'https://static.ads-twitter.com/uwt.js', marker: "twq('config','o1234');" },
  { snippet: 'trustpilot-trustbox', service: 'trustpilot', url: '//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js' },
  { snippet: 'dailymotion', service: 'dailymotion', url: 'https://geo.dailymotion.com/player/xabc1.html?video=x84sh87' },
  { snippet: 'twitch', service: 'twitch', url: 'https://player.twitch.tv/?video=2064229582&parent=kocherkompass.example' },
  { snippet: 'podigee', service: 'podigee', url: 'https://player.podigee-cdn.net/podcast-player/javascripts/podigee-podcast-player.js' },
]

function block(html: string) {
  const tree = fromHtml(html, { fragment: true })
  const { edits, facts } = planBlocking(tree, { customServices: [], siteHost: 'kocherkompass.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/' })
  applyEdits(tree, edits)
  return { html: toHtml(tree), facts }
}

const snippetHtml = (id: string) => {
  const snippet = vendorSnippets.find((entry) => entry.id === id)
  if (!snippet) throw new Error(`no corpus snippet ${id}`)
  return snippet.html
}

describe.each(vendors)('$service', ({ snippet, service, url }) => {
  test('its snippet URL is recognised as the service', () => {
    expect(findServiceByUrl(url)?.id).toBe(service)
  })

  test('its real snippet is gated as the service, with no consent.custom and nothing left that fetches', () => {
    const { html, facts } = block(snippetHtml(snippet))
    expect(facts.services).toEqual([service])
    expect(facts.unknownThirdParties).toEqual([])
    // What is left outside templates and inert data blocks (`type="text/plain"`) names none of its hosts.
    const live = html.replace(/<template[^>]*>[\s\S]*?<\/template>/g, '').replace(/<script[^>]*type="text\/plain"[^>]*>[\s\S]*?<\/script>/g, '')
    for (const tag of live.match(/<(?:script|iframe|img)\b[^>]*>/g) ?? []) {
      expect(hostsOf(services.find((entry) => entry.id === service)!).some((host) => tag.includes(host)), tag).toBe(false)
    }
  })
})

test.each(vendors.filter((vendor) => vendor.marker !== undefined))('$service: an inline call without its host is recognised by its marker', ({ service, marker }) => {
  expect(findServiceByScriptText(marker ?? '')?.id).toBe(service)
})

test('the X Pixel and the X embed share t.co without taking each other’s URLs', () => {
  expect(findServiceByUrl('https://t.co/i/adsct?txn_id=o1234&p_id=Twitter')?.id).toBe('x-pixel')
  expect(findServiceByUrl('https://analytics.twitter.com/i/adsct?txn_id=o1234')?.id).toBe('x-pixel')
  expect(findServiceByUrl('https://platform.twitter.com/widgets.js')?.id).toBe('twitter')
  expect(findServiceByUrl('https://t.co/abc123')?.id).toBe('twitter')
})

test('a vendor that publishes no cookie list says so with the page checked, instead of claiming nothing is stored', () => {
  for (const id of ['microsoft-advertising', 'x-pixel', 'trustpilot', 'dailymotion', 'twitch', 'podigee']) {
    const entry = services.find((candidate) => candidate.id === id)!
    expect(entry.cookies.length, id).toBeGreaterThan(0)
    for (const cookie of entry.cookies) {
      expect(cookie.lifetime.de, id).toMatch(/^vom Anbieter nicht veröffentlicht \(geprüft: https:\/\/\S+, 2\. Dezember 2026\)$/)
      expect(cookie.lifetime.en, id).toMatch(/^not published by the vendor \(checked https:\/\/\S+, 2026-12-02\)$/)
      expect(cookie.lifetimeDays, id).toBeUndefined()
    }
  }
})

// The 25 vendors the corpus site had to declare in `consent.custom` until session 10 (each one a build error
// without it) are registry entries now: their snippets are recognised and gated with no site config at all.
const addedInSession10 = ['adobe-fonts', 'bluesky', 'chargebee', 'cloudflare-turnstile', 'cloudflare-web-analytics', 'esm-sh', 'fathom', 'font-awesome', 'google-forms', 'google-recaptcha', 'gravatar', 'hcaptcha', 'jsdelivr', 'loom', 'mastodon-social', 'outbrain', 'paypal', 'reddit-pixel', 'simple-analytics', 'snap-pixel', 'stripe', 'tally', 'umami', 'unpkg', 'wistia']

test.each(addedInSession10)('%s: a registry entry with provider, purpose, privacy policy, hosts and a cookie statement', (id) => {
  const entry = services.find((candidate) => candidate.id === id)
  expect(entry, id).toBeDefined()
  expect(entry?.provider.name).toMatch(/\S/)
  expect(entry?.provider.country).toMatch(/^[A-Z]{2}$/)
  expect(entry?.privacyPolicyUrl).toMatch(/^https:\/\//)
  expect(entry?.purpose.de).not.toBe(entry?.purpose.en)
  expect(hostsOf(entry!).length + (entry?.urlPatterns?.length ?? 0)).toBeGreaterThan(0)
  // Either the vendor says it stores nothing (cookieless analytics), or the row says the list is not published.
  for (const cookie of entry?.cookies ?? []) expect(cookie.lifetime.en).toMatch(/^not published by the vendor \(checked https:\/\/\S+, 2026-12-03\)$/)
  expect(vendorSnippets.some((snippet) => snippet.service === id)).toBe(true)
})

// Every snippet of the corpus, as a blogger pastes it, with no `consent.custom`: gated as its registry service
// (or loading from a `consent.allow` host), nothing unknown, and nothing left that a browser would fetch
// from a service that needs consent.
describe('every corpus snippet', () => {
  const configured = { services: { matomo: { url: 'https://stats.example.org/', siteId: 1 } } }
  const siteConfig = consentConfigSchema.parse({ ...configured, allow: allowedHosts })
  const configuredServices = siteServices(siteConfig)
  const plan = (html: string, allow: typeof siteConfig.allow = []) => {
    const tree = fromHtml(html, { fragment: true })
    // As pasted into a post: content rules apply (no unrecognised inline script, no event handler).
    const result = planBlocking(tree, { customServices: configuredServices, siteHost: 'kocherkompass.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/', allow, content: true })
    applyEdits(tree, result.edits)
    return { ...result, tree }
  }
  const registryIds = new Set(services.map((service) => service.id))

  test.each(vendorSnippets.map((snippet) => [snippet.id, snippet] as const))('%s', (_id, snippet) => {
    const site = plan(snippet.html, siteConfig.allow)
    expect(site.facts.unknownThirdParties).toEqual([])
    if (site.facts.allowedHosts?.length === 0) {
      expect(registryIds.has(snippet.service), snippet.service).toBe(true)
      expect(site.facts.services).toContain(snippet.service)
    }
    // What is left outside templates and inert data blocks fetches nothing of a service that needs consent.
    const again = planBlocking(site.tree, { customServices: configuredServices, siteHost: 'kocherkompass.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/', allow: siteConfig.allow })
    expect(again.edits.map((edit) => toHtml(edit.node).slice(0, 300))).toEqual([])
  })
})
