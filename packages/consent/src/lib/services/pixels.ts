import type { Service } from '../service.js'
import { adTracking, checkedOn2026_12_03, cookiesNotPublished } from './shared.js'

// Advertising pixels and a recommendation widget, added from the corpus's `consent.custom` list (read
// 2026-12-03). Postal addresses were not on the pages read; each entry names the vendor's privacy policy.

// Reddit Pixel.
// Hosts: the loader fetches https://www.redditstatic.com/ads/pixel.js and reports to alb.reddit.com and
//   pixel-config.reddit.com (snippet: https://opsblu.com/documentation/ad-platforms/reddit-ads).
export const redditPixel = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  category: 'marketing',
  provider: { name: 'Reddit, Inc.', address: 'https://www.reddit.com/policies/privacy-policy', country: 'US' },
  purpose: adTracking,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.reddit.com/policies/privacy-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.reddit.com/policies/privacy-policy',
  scriptHosts: ['www.redditstatic.com'],
  frameHosts: [],
  pixelHosts: ['alb.reddit.com'],
  connectHosts: ['alb.reddit.com', 'pixel-config.reddit.com'],
} as const satisfies Service

// Snap Pixel.
// Hosts: the loader fetches https://sc-static.net/scevent.min.js and reports to tr.snapchat.com
//   (snippet: https://opsblu.com/de/documentation/ad-platforms/snapchat-ads).
// Provider: Snap Inc. is the controller for users in the EEA and the UK
//   (https://values.snap.com/privacy/privacy-policy/eea-uk-privacy-notice, 6 November 2023); its address as in
//   the U.S. Department of Commerce's listing (https://www.privacyshield.gov/ps/participant?id=a2zt0000000TNPxAAO),
//   which shows its Data Privacy Framework certification withdrawn since 2020: no transfer basis is claimed.
export const snapPixel = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  category: 'marketing',
  provider: { name: 'Snap Inc.', address: '3000 31st Street, Santa Monica, CA 90405, USA', country: 'US' },
  purpose: adTracking,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://values.snap.com/privacy/privacy-policy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
  scriptHosts: ['sc-static.net'],
  frameHosts: [],
  pixelHosts: ['tr.snapchat.com'],
  connectHosts: ['tr.snapchat.com'],
} as const satisfies Service

// Outbrain.
// Hosts: https://widgets.outbrain.com/outbrain.js, which asks odb.outbrain.com for recommendations
//   (https://developer.outbrain.com/standard-js-detailed-implementation-guide/).
export const outbrain = {
  id: 'outbrain',
  name: 'Outbrain',
  category: 'marketing',
  provider: { name: 'Outbrain Inc.', address: 'https://www.outbrain.com/legal/privacy', country: 'US' },
  purpose: { de: 'Zeigt empfohlene, teils bezahlte Inhalte an und misst deren Klicks.', en: 'Shows recommended, partly paid content and measures its clicks.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.outbrain.com/legal/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.outbrain.com/legal/privacy',
  scriptHosts: ['widgets.outbrain.com'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['odb.outbrain.com'],
} as const satisfies Service
