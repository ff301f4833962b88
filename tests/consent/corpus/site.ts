import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultTheme, writeFiles } from '../../helpers/site.js'
import { type VendorSnippet, vendorSnippets } from './vendors.js'

const localized = (text: string) => ({ de: text, en: text })

// Services the registry does not know: a blogger describes them in `consent.custom` (as the build error asks).
export const customServices = [
  { id: 'cloudflare-web-analytics', name: 'Cloudflare Web Analytics', category: 'statistics', hosts: { scriptHosts: ['static.cloudflareinsights.com'], connectHosts: ['cloudflareinsights.com'] }, provider: 'Cloudflare, Inc.', privacy: 'https://www.cloudflare.com/privacypolicy/' },
  { id: 'umami', name: 'Umami Cloud', category: 'statistics', hosts: { scriptHosts: ['cloud.umami.is'], connectHosts: ['cloud.umami.is', 'api-gateway.umami.dev'] }, provider: 'Umami Software, Inc.', privacy: 'https://umami.is/privacy' },
  { id: 'simple-analytics', name: 'Simple Analytics', category: 'statistics', hosts: { scriptHosts: ['scripts.simpleanalyticscdn.com'], pixelHosts: ['queue.simpleanalyticscdn.com'], connectHosts: ['queue.simpleanalyticscdn.com'] }, provider: 'Simple Analytics B.V.', privacy: 'https://simpleanalytics.com/privacy-policy' },
  { id: 'font-awesome', name: 'Font Awesome', category: 'external-media', hosts: { scriptHosts: ['kit.fontawesome.com'], styleHosts: ['ka-f.fontawesome.com'], fontHosts: ['ka-f.fontawesome.com'], connectHosts: ['ka-f.fontawesome.com'] }, provider: 'Fonticons, Inc.', privacy: 'https://fontawesome.com/privacy' },
  { id: 'adobe-fonts', name: 'Adobe Fonts', category: 'external-media', hosts: { styleHosts: ['use.typekit.net'], fontHosts: ['use.typekit.net'], pixelHosts: ['p.typekit.net'] }, provider: 'Adobe Systems Software Ireland Limited', privacy: 'https://www.adobe.com/privacy/policy.html' },
  { id: 'jsdelivr', name: 'jsDelivr', category: 'external-media', hosts: { scriptHosts: ['cdn.jsdelivr.net'], styleHosts: ['cdn.jsdelivr.net'] }, provider: 'Prospect One, Dariusz Kołodziejczak', privacy: 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net' },
  { id: 'gravatar', name: 'Gravatar', category: 'external-media', hosts: { imageHosts: ['gravatar.com', 'secure.gravatar.com'] }, provider: 'Automattic Inc.', privacy: 'https://automattic.com/privacy/' },
  // Session 4 vendors the registry still lacks (each one a build error without this entry); Awin, etracker,
  // Microsoft Advertising, X Pixel, Trustpilot, Dailymotion, Twitch and Podigee are registry entries since session 5.
  { id: 'google-forms', name: 'Google Forms', category: 'external-media', hosts: { urlPatterns: ['docs.google.com/forms'], frameHosts: [], embed: true }, provider: 'Google Ireland Limited', privacy: 'https://policies.google.com/privacy' },
  { id: 'unpkg', name: 'unpkg (Leaflet)', category: 'external-media', hosts: { scriptHosts: ['unpkg.com'], styleHosts: ['unpkg.com'] }, provider: 'Cloudflare, Inc.', privacy: 'https://www.cloudflare.com/privacypolicy/' },
  // Session 8 vendors the registry lacks (each one a build error without this entry).
  { id: 'fathom', name: 'Fathom Analytics', category: 'statistics', hosts: { scriptHosts: ['cdn.usefathom.com'], connectHosts: ['cdn.usefathom.com'] }, provider: 'Conva Ventures Inc.', privacy: 'https://usefathom.com/privacy' },
  { id: 'reddit-pixel', name: 'Reddit Pixel', category: 'marketing', hosts: { scriptHosts: ['www.redditstatic.com'], pixelHosts: ['alb.reddit.com'], connectHosts: ['alb.reddit.com', 'pixel-config.reddit.com'] }, provider: 'Reddit, Inc.', privacy: 'https://www.reddit.com/policies/privacy-policy' },
  { id: 'snap-pixel', name: 'Snap Pixel', category: 'marketing', hosts: { scriptHosts: ['sc-static.net'], pixelHosts: ['tr.snapchat.com'], connectHosts: ['tr.snapchat.com'] }, provider: 'Snap Inc.', privacy: 'https://values.snap.com/privacy/privacy-policy' },
  { id: 'hcaptcha', name: 'hCaptcha', category: 'external-media', hosts: { scriptHosts: ['js.hcaptcha.com', 'hcaptcha.com'], frameHosts: ['newassets.hcaptcha.com'], connectHosts: ['api.hcaptcha.com'] }, provider: 'Intuition Machines, Inc.', privacy: 'https://www.hcaptcha.com/privacy' },
  { id: 'cloudflare-turnstile', name: 'Cloudflare Turnstile', category: 'external-media', hosts: { scriptHosts: ['challenges.cloudflare.com'], frameHosts: ['challenges.cloudflare.com'] }, provider: 'Cloudflare, Inc.', privacy: 'https://www.cloudflare.com/privacypolicy/' },
  { id: 'google-recaptcha', name: 'Google reCAPTCHA', category: 'external-media', hosts: { urlPatterns: ['www.google.com/recaptcha', 'www.gstatic.com/recaptcha'] }, provider: 'Google Ireland Limited', privacy: 'https://policies.google.com/privacy' },
  { id: 'tally', name: 'Tally', category: 'external-media', hosts: { scriptHosts: ['tally.so'], frameHosts: ['tally.so'] }, provider: 'Tally BV', privacy: 'https://tally.so/help/privacy-policy' },
  { id: 'bluesky', name: 'Bluesky', category: 'external-media', hosts: { scriptHosts: ['embed.bsky.app'], frameHosts: ['embed.bsky.app'], embed: true }, provider: 'Bluesky Social, PBC', privacy: 'https://bsky.social/about/support/privacy-policy' },
  { id: 'esm-sh', name: 'esm.sh', category: 'external-media', hosts: { scriptHosts: ['esm.sh'] }, provider: 'esm.sh', privacy: 'https://esm.sh/' },
  { id: 'wistia', name: 'Wistia', category: 'external-media', hosts: { scriptHosts: ['fast.wistia.com', 'fast.wistia.net'], frameHosts: ['fast.wistia.net', 'fast.wistia.com'], imageHosts: ['fast.wistia.com', 'embed-ssl.wistia.com'], connectHosts: ['pipedream.wistia.com'] }, provider: 'Wistia, Inc.', privacy: 'https://wistia.com/privacy' },
  { id: 'stripe', name: 'Stripe', category: 'external-media', hosts: { scriptHosts: ['js.stripe.com'], frameHosts: ['js.stripe.com', 'checkout.stripe.com'] }, provider: 'Stripe Payments Europe, Limited', privacy: 'https://stripe.com/privacy' },
  { id: 'paypal', name: 'PayPal', category: 'external-media', hosts: { scriptHosts: ['www.paypal.com', 'www.paypalobjects.com'], frameHosts: ['www.paypal.com'] }, provider: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', privacy: 'https://www.paypal.com/de/legalhub/privacy-full' },
  { id: 'chargebee', name: 'Chargebee', category: 'external-media', hosts: { scriptHosts: ['js.chargebee.com'] }, provider: 'Chargebee Inc.', privacy: 'https://www.chargebee.com/privacy/' },
  { id: 'mastodon-social', name: 'Mastodon (mastodon.social)', category: 'external-media', hosts: { scriptHosts: ['mastodon.social'], frameHosts: ['mastodon.social'] }, provider: 'Mastodon gGmbH', privacy: 'https://mastodon.social/privacy-policy' },
  { id: 'loom', name: 'Loom', category: 'external-media', hosts: { frameHosts: ['www.loom.com'] }, provider: 'Loom, Inc.', privacy: 'https://www.atlassian.com/legal/privacy-policy' },
  { id: 'outbrain', name: 'Outbrain', category: 'marketing', hosts: { scriptHosts: ['widgets.outbrain.com'], connectHosts: ['odb.outbrain.com'] }, provider: 'Outbrain Inc.', privacy: 'https://www.outbrain.com/legal/privacy' },
].map((entry) => ({
  id: entry.id,
  name: entry.name,
  category: entry.category,
  provider: { name: entry.provider, address: 'siehe Datenschutzerklärung des Anbieters', country: 'US' },
  purpose: localized(`${entry.name} auf dieser Seite.`),
  privacyPolicyUrl: entry.privacy,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  ...entry.hosts,
}))

/**
 * Hosts that load without consent: a self-hosted Plausible stores nothing on the device (§ 25 TDDDG does
 * not apply); it is named in the privacy policy as a recipient with the reason.
 */
export const allowedHosts = [{ host: 'stats.plausible-host.example', reason: 'Selbst gehostetes Plausible: keine Cookies, keine Speicherung auf dem Gerät, IP-Adressen werden nicht gespeichert.', recipient: 'Plausible-Server der Betreiberin', kinds: ['script', 'connect'] }]

/** A deliberately undeclared host, reached by a theme script that hides it from the analysis. */
export const hiddenHost = 'undeclared-tracker.example'
const hiddenHostProbe = `<script>(function(){var h=['undeclared-tracker','example'].join('.');try{fetch('https://'+h+'/collect',{mode:'no-cors'}).catch(function(){})}catch(e){}var i=new Image();i.src='https://'+h+'/p.gif'})()</script>`

/**
 * Writes a site with one post per vendor snippet, the analytics snippets also pasted into the
 * theme's head, and a theme script that reaches an undeclared host (only the CSP can stop it).
 */
export function writeCorpusSite(root: string): void {
  const config = {
    title: 'Kocherkompass',
    url: 'https://kocherkompass.example',
    language: 'de',
    consent: { services: { matomo: { url: 'https://stats.example.org/', siteId: 1 } }, custom: customServices, allow: allowedHosts },
    legal: {
      updated: '2026-11-01',
      operator: { kind: 'person', name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
      contact: { email: 'hallo@kocherkompass.example', phone: '+49 40 66969 123' },
      responsibleForContent: { name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
      hosting: 'netlify',
    },
  }
  const head = readFileSync(join(defaultTheme, 'partials/head.hbs'), 'utf8')
  const themeSnippets = vendorSnippets.filter((snippet) => snippet.theme).map((snippet) => snippet.html)
  const files: Record<string, string> = {
    'nichepress.config.json': JSON.stringify(config, null, 2),
    'theme/partials/head.hbs': `${head}\n${themeSnippets.join('\n')}\n${hiddenHostProbe}\n`,
  }
  vendorSnippets.forEach((snippet, index) => {
    const date = new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10)
    // A snippet whose inline script a post may not run stands in the theme only (see `contentRefused`).
    files[`content/posts/${snippet.id}.md`] = corpusPost(snippet, date, snippet.contentRefused ? 'Dieses Snippet steht nur im Theme.' : snippet.html)
  })
  writeFiles(root, files)
}

/** The post of one snippet, with `body` after its source line. */
export function corpusPost(snippet: VendorSnippet, date: string, body: string): string {
  return `---\ntitle: "${snippet.vendor.replace(/"/g, "'")}"\ndate: ${date}\ndescription: "Snippet von ${snippet.vendor.replace(/"/g, "'")} (${snippet.source})."\n---\n\nQuelle: <${snippet.source}>\n\n${body}\n`
}

/** The config of the corpus site, for a site of its own (a refused post copy). */
export function corpusConfig(): Record<string, unknown> {
  return {
    title: 'Kocherkompass',
    url: 'https://kocherkompass.example',
    language: 'de',
    consent: { services: { matomo: { url: 'https://stats.example.org/', siteId: 1 } }, custom: customServices, allow: allowedHosts },
    legal: { enabled: false },
  }
}
