import type { Service } from '../service.js'
import { checkedOn2026_12_03, cookiesNotPublished, embedPurpose, googleIreland, usDataPrivacyFramework } from './shared.js'

// Forms, posts and players added from the corpus's `consent.custom` list (read 2026-12-03). Each is shown in a
// placeholder that names the provider until the visitor loads it.

// Google Forms: an iframe https://docs.google.com/forms/d/e/…/viewform?embedded=true
//   (https://support.google.com/docs/answer/2839588); a path, since docs.google.com serves other documents too.
export const googleForms = {
  id: 'google-forms',
  name: 'Google Forms',
  category: 'external-media',
  provider: googleIreland,
  purpose: embedPurpose('a Google form', 'ein Google-Formular'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://policies.google.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  urlPatterns: ['docs.google.com/forms'],
  embed: true,
} as const satisfies Service

// Tally: https://tally.so/widgets/embed.js and forms in frames from tally.so
//   (https://developers.tally.so/widgets/embeds).
// Provider: Tally, Muidepoort 19A, 9000 Ghent, Belgium (https://tally.so/help/privacy-policy); data on servers in
//   the EU (https://tally.so/help/cookie-policy).
export const tally = {
  id: 'tally',
  name: 'Tally',
  category: 'external-media',
  provider: { name: 'Tally BV', address: 'Muidepoort 19A, 9000 Ghent, Belgium', country: 'BE' },
  purpose: embedPurpose('a Tally form', 'ein Tally-Formular'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://tally.so/help/cookie-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://tally.so/help/privacy-policy',
  scriptHosts: ['tally.so'],
  frameHosts: ['tally.so'],
  pixelHosts: [],
} as const satisfies Service

// Bluesky post: https://embed.bsky.app/static/embed.js turns the blockquote into a frame from embed.bsky.app
//   (https://www.docs.bsky.app/docs/advanced-guides/oembed).
export const bluesky = {
  id: 'bluesky',
  name: 'Bluesky',
  category: 'external-media',
  provider: { name: 'Bluesky Social, PBC', address: 'https://bsky.social/about/support/privacy-policy', country: 'US' },
  purpose: embedPurpose('Bluesky posts', 'Beiträge von Bluesky'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://bsky.social/about/support/privacy-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://bsky.social/about/support/privacy-policy',
  scriptHosts: ['embed.bsky.app'],
  frameHosts: ['embed.bsky.app'],
  pixelHosts: [],
  embed: true,
} as const satisfies Service

// Wistia player: https://fast.wistia.com/embed/<id>.js and player.js, or an iframe from fast.wistia.net
//   (https://docs.wistia.com/docs/construct-a-wistia-embed-code); posters from fast.wistia.com and
//   embed-ssl.wistia.com, statistics to pipedream.wistia.com.
// Provider: Wistia, Inc.; EU-U.S. DPF (https://support.wistia.com/en/articles/8264955-privacy-data-protection-and-security).
export const wistia = {
  id: 'wistia',
  name: 'Wistia',
  category: 'external-media',
  provider: { name: 'Wistia, Inc.', address: 'https://wistia.com/privacy', country: 'US' },
  purpose: embedPurpose('Wistia videos', 'Videos von Wistia'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://wistia.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://wistia.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['fast.wistia.com', 'fast.wistia.net'],
  frameHosts: ['fast.wistia.net', 'fast.wistia.com'],
  pixelHosts: [],
  imageHosts: ['fast.wistia.com', 'embed-ssl.wistia.com'],
  connectHosts: ['pipedream.wistia.com'],
} as const satisfies Service

// A post of the mastodon.social server: an iframe …/embed with https://mastodon.social/embed.js
//   (https://shkspr.mobi/blog/2024/09/comparing-embeds-from-short-form-social-media-sites/). Other Mastodon
//   servers are other providers and stay undeclared until the site names them. Provider: Mastodon gGmbH,
//   Mühlenstraße 8a, 14167 Berlin (its legal notice on https://mastodon.online/about, the sister server it runs).
export const mastodonSocial = {
  id: 'mastodon-social',
  name: 'Mastodon (mastodon.social)',
  category: 'external-media',
  provider: { name: 'Mastodon gGmbH', address: 'Mühlenstraße 8a, 14167 Berlin, Germany', country: 'DE' },
  purpose: embedPurpose('Mastodon posts', 'Beiträge von Mastodon'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://mastodon.social/privacy-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://mastodon.social/privacy-policy',
  scriptHosts: ['mastodon.social'],
  frameHosts: ['mastodon.social'],
  pixelHosts: [],
} as const satisfies Service

// Loom video: an iframe https://www.loom.com/embed/<id> (https://npmjs.com/package/@loomhq/loom-embed); Loom belongs
//   to Atlassian, whose privacy policy covers it.
export const loom = {
  id: 'loom',
  name: 'Loom',
  category: 'external-media',
  provider: { name: 'Loom, Inc.', address: 'https://www.atlassian.com/legal/privacy-policy', country: 'US' },
  purpose: embedPurpose('Loom videos', 'Videos von Loom'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.atlassian.com/legal/privacy-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.atlassian.com/legal/privacy-policy',
  scriptHosts: [],
  frameHosts: ['www.loom.com'],
  pixelHosts: [],
} as const satisfies Service
