import type { Service } from '../service.js'
import { checkedOn2026_12_03, cookiesNotPublished, standardContractualClauses, usDataPrivacyFramework } from './shared.js'

// Audience measurement that its vendors describe as cookieless, added from the corpus's `consent.custom`
// list (tests/consent/corpus/site.ts, read 2026-12-03).
//
// One rule for every cookieless third-party measurement (these four and Plausible in analytics.ts): it waits
// for consent by default, and a site may run it without consent only when it says so and why
// (`consent.services.<id>.withoutConsent: { reason }`, allowed for a statistics entry that lists no storage).
// - § 25(1) TDDDG (Art. 5(3) ePrivacy Directive) covers storing information on the device and gaining access
//   to information already there, personal or not. Each of these scripts runs on the device and reads the
//   page address, the referrer and browser or screen properties to send them to the vendor: access, even
//   though nothing is stored. EDPB Guidelines 2/2023 on the Technical Scope of Art. 5(3) ePrivacy Directive
//   (version 2.0, adopted 7 October 2024), use cases "URL and pixel tracking" and JavaScript that makes the
//   browser send information.
// - § 25(2) No. 2 TDDDG exempts only what is strictly necessary for the service the visitor asked for. The
//   German supervisory authorities decline to call audience measurement exempt in general; third-party tools
//   "regularly process (partly very far-reaching) information about users" (DSK, Orientierungshilfe für
//   Anbieter:innen von Telemedien ab dem 1. Dezember 2021, pp. 24–25, as quoted at
//   https://community.beck.de/print/77091; the original was not in the corpus). Whether a given
//   measurement is strictly necessary is the site's own assessment, hence the explicit opt-in with a reason.
// - Either way the page view travels with the IP address to the vendor, a processor: Art. 6(1)(f) GDPR when
//   run without consent, Art. 6(1)(a) with it; the privacy policy names the service and the basis in both cases.
const reach = { de: 'Cookielose Reichweitenmessung: welche Seiten wie oft aufgerufen werden.', en: 'Cookieless audience measurement: which pages are viewed how often.' }

// Cloudflare Web Analytics.
// Hosts: the beacon https://static.cloudflareinsights.com/beacon.min.js, which reports to cloudflareinsights.com
//   (https://developers.cloudflare.com/web-analytics/get-started/).
// Cookieless: https://developers.cloudflare.com/web-analytics/about/ (metrics from the browser's Performance API)
//   and https://c15t.com/docs/integrations/cloudflare-web-analytics ("cookieless", nothing to clear on withdrawal).
//   What it reads on the device: the page's load timings from the browser's Performance API (same page).
// Provider: Cloudflare, Inc., 101 Townsend St., San Francisco, CA 94107, USA, certified under the EU-U.S. DPF, as
//   a site's privacy policy cites them (https://github.com/smart-byte/imagefast, site/privacy.html); Cloudflare's
//   own policy: https://www.cloudflare.com/privacypolicy/.
export const cloudflareWebAnalytics = {
  id: 'cloudflare-web-analytics',
  name: 'Cloudflare Web Analytics',
  category: 'statistics',
  provider: { name: 'Cloudflare, Inc.', address: '101 Townsend St., San Francisco, CA 94107, USA', country: 'US' },
  purpose: reach,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['static.cloudflareinsights.com'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['cloudflareinsights.com'],
} as const satisfies Service

// Umami Cloud.
// Hosts: https://cloud.umami.is/script.js, which sends to cloud.umami.is and api-gateway.umami.dev
//   (https://umami.is/docs/collect-data).
// Cookieless: https://umami.is/security ("does not use cookies, does not collect directly identifying information").
// What it reads on the device: screen width and height, browser language, page address, title and referrer, and
//   the local-storage key `umami.disabled` (umami-software/umami, src/tracker/index.js: `screen: { width, height }`,
//   `navigator: { language }`, `localStorage.getItem('umami.disabled')`).
// Provider: Umami Software, Inc.; its postal address was not found on the pages read (nor in its privacy policy's
//   source, github.com/umami-software/website content/v2/privacy-policy.mdx, July 2022), so the entry names its
//   privacy policy instead of guessing one. Transfers: "The Company is a U.S. company and some data infrastructure
//   are located in the U.S. … Company has adopted a data processing addendum with Standard Contractual Clauses"
//   (same file, "When transferring personal data from the EU").
export const umami = {
  id: 'umami',
  name: 'Umami Cloud',
  category: 'statistics',
  provider: { name: 'Umami Software, Inc.', address: 'https://umami.is/privacy', country: 'US' },
  purpose: reach,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://umami.is/privacy',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: ['cloud.umami.is'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['cloud.umami.is', 'api-gateway.umami.dev'],
} as const satisfies Service

// Simple Analytics.
// Hosts: https://scripts.simpleanalyticscdn.com/latest.js and the noscript pixel queue.simpleanalyticscdn.com
//   (https://docs.simpleanalytics.com/script).
// Cookieless, no IP addresses stored: https://docs.simpleanalytics.com/what-we-collect.
// What it reads on the device: page path, referrer, window width, time zone, the Do Not Track setting and the
//   navigation type (simpleanalytics/scripts, src/default.js: `width: window.innerWidth`, `timezone`,
//   `nav[doNotTrack]`, `perf.getEntriesByType(navigation)`).
// Provider: Simple Analytics B.V., Jacob van Lennepstraat 78 H, 1053 HM Amsterdam (as datenanfragen.de recorded it
//   from the vendor's site: https://github.com/datenanfragen/data/commit/05b50115610d404b78266f37c45471da081ead3d);
//   processing in the Netherlands (https://www.simpleanalytics.com/gdpr-compliance).
export const simpleAnalytics = {
  id: 'simple-analytics',
  name: 'Simple Analytics',
  category: 'statistics',
  provider: { name: 'Simple Analytics B.V.', address: 'Jacob van Lennepstraat 78 H, 1053 HM Amsterdam, Netherlands', country: 'NL' },
  thirdCountryTransfer: { countries: [], basis: { de: 'nach Angaben des Anbieters Verarbeitung in den Niederlanden', en: 'processed in the Netherlands, as the provider states' } },
  purpose: reach,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://simpleanalytics.com/privacy-policy',
  scriptHosts: ['scripts.simpleanalyticscdn.com'],
  frameHosts: [],
  pixelHosts: ['queue.simpleanalyticscdn.com'],
  connectHosts: ['queue.simpleanalyticscdn.com'],
} as const satisfies Service

// Fathom Analytics.
// Hosts: https://cdn.usefathom.com/script.js, which also receives the page views (https://usefathom.com/support/tracking).
// Provider: Conva Ventures Inc., Canada (https://usefathom.com/privacy); no cookie statement was found on the
//   pages read, so the cookie row says so. Its script's source is not published, so what it reads on the device
//   was not checked; it waits for consent like the others and cannot run without it (its storage is unknown).
export const fathom = {
  id: 'fathom',
  name: 'Fathom Analytics',
  category: 'statistics',
  provider: { name: 'Conva Ventures Inc.', address: 'https://usefathom.com/privacy', country: 'CA' },
  purpose: reach,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://usefathom.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://usefathom.com/privacy',
  scriptHosts: ['cdn.usefathom.com'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['cdn.usefathom.com'],
} as const satisfies Service
