import type { Service } from '../service.js'
import { cookie, days, distinguishVisitors, googleIreland, microsoftIreland, minutes30, session, sessionState, storage, usDataPrivacyFramework } from './shared.js'

export const googleAnalytics = {
  id: 'google-analytics',
  name: 'Google Analytics 4',
  category: 'statistics',
  provider: googleIreland,
  purpose: { de: 'Reichweitenmessung: welche Seiten wie oft und wie lange gelesen werden.', en: 'Audience measurement: which pages are read, how often and how long.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('_ga', days(730), distinguishVisitors, true),
    cookie('_ga_*', days(730), { de: 'Speichert den Sitzungsstatus der Messung.', en: 'Keeps the session state of the measurement.' }, true),
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['www.googletagmanager.com', 'www.google-analytics.com'],
  frameHosts: [],
  pixelHosts: ['www.google-analytics.com', 'region1.google-analytics.com'],
  urlPatterns: ['www.googletagmanager.com/gtag/js?id=G-'],
  inlineMarkers: ['gtag(', "'G-", '"G-'],
  connectHosts: ['www.google-analytics.com', 'region1.google-analytics.com', 'analytics.google.com'],
  usesGoogleConsentMode: true,
} as const satisfies Service

export const googleTagManager = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  // It loads whatever the container holds, usually advertising tags too: consent is asked for it as marketing.
  category: 'marketing',
  provider: googleIreland,
  purpose: { de: 'Lädt die im Tag Manager hinterlegten Mess- und Werbeskripte.', en: 'Loads the measurement and advertising scripts set up in Tag Manager.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  urlPatterns: ['www.googletagmanager.com/gtm.js', 'www.googletagmanager.com/ns.html'],
  inlineMarkers: ['googletagmanager.com/gtm.js', "'GTM-", '"GTM-'],
  usesGoogleConsentMode: true,
} as const satisfies Service

export const matomo = {
  id: 'matomo',
  name: 'Matomo (selbst gehostet)',
  category: 'statistics',
  provider: { name: 'Betreiber dieser Website (selbst gehostet)', address: 'siehe Impressum', country: 'DE' },
  purpose: { de: 'Reichweitenmessung auf dem eigenen Server, ohne Weitergabe an Dritte.', en: 'Audience measurement on our own server, shared with nobody.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('_pk_id.*', days(393), distinguishVisitors, true),
    cookie('_pk_ses.*', minutes30, sessionState, true),
  ],
  privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
  // Self-hosted: the data stays on the site's own server (its host is named in the hosting section).
  thirdCountryTransfer: { countries: [], basis: { de: 'selbst gehostet; die Daten werden an niemanden übermittelt', en: 'self-hosted; the data is sent to no one' } },
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  inlineMarkers: ['_paq'],
} as const satisfies Service

export const matomoCloud = {
  id: 'matomo-cloud',
  name: 'Matomo Cloud',
  category: 'statistics',
  provider: { name: 'InnoCraft Ltd', address: '7 Waterloo Quay PO625, 6140 Wellington, New Zealand', country: 'NZ' },
  purpose: { de: 'Reichweitenmessung durch Matomo Cloud.', en: 'Audience measurement by Matomo Cloud.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('_pk_id.*', days(393), distinguishVisitors, true),
    cookie('_pk_ses.*', minutes30, sessionState, true),
  ],
  privacyPolicyUrl: 'https://matomo.org/matomo-cloud-privacy-policy/',
  thirdCountryTransfer: {
    countries: ['NZ'],
    basis: { de: 'Angemessenheitsbeschluss der EU-Kommission für Neuseeland (Art. 45 DSGVO).', en: 'European Commission adequacy decision for New Zealand (Art. 45 GDPR).' },
  },
  scriptHosts: ['matomo.cloud', 'innocraft.cloud'],
  frameHosts: [],
  pixelHosts: ['matomo.cloud', 'innocraft.cloud'],
  connectHosts: ['matomo.cloud'],
} as const satisfies Service

// Plausible Analytics waits for consent like every third-party cookieless measurement (the rule and its
// sources: cookieless-analytics.ts). Its script stores nothing, but reads the page address, the referrer
// and the window width on the device and sends them with the IP address to plausible.io
// (plausible/analytics, tracker/src/plausible.js: `payload.u = location.href`, `payload.r =
// document.referrer`, `payload.w = window.innerWidth`). A site may run it without consent with
// `consent.services.plausible.withoutConsent` (docs/consent.md).
// Provider and hosting: https://plausible.io/privacy and https://plausible.io/data-policy ("Made and hosted in
// the EU"; https://github.com/plausible/analytics, README).
export const plausible = {
  id: 'plausible',
  name: 'Plausible Analytics',
  category: 'statistics',
  provider: { name: 'Plausible Insights OÜ', address: 'Västriku tn 2, 50403 Tartu, Estonia', country: 'EE' },
  purpose: { de: 'Cookielose Reichweitenmessung ohne Speicherung auf Ihrem Gerät.', en: 'Cookieless audience measurement that stores nothing on your device.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://plausible.io/privacy',
  thirdCountryTransfer: { countries: [], basis: { de: 'nach Angaben des Anbieters in der EU gehostet', en: 'hosted in the EU, as the provider states' } },
  scriptHosts: ['plausible.io'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['plausible.io'],
} as const satisfies Service

export const microsoftClarity = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  category: 'statistics',
  provider: microsoftIreland,
  purpose: { de: 'Heatmaps und Sitzungsaufzeichnungen zur Verbesserung der Bedienung.', en: 'Heatmaps and session recordings to improve usability.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('_clck', days(365), distinguishVisitors, true),
    cookie('_clsk', days(1), sessionState, true),
    cookie('CLID', days(365), distinguishVisitors, false),
    cookie('MUID', days(390), distinguishVisitors, false),
  ],
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['www.clarity.ms', 'clarity.ms'],
  frameHosts: [],
  pixelHosts: ['c.clarity.ms', 'c.bing.com'],
  inlineMarkers: ['clarity.ms/tag/'],
  connectHosts: ['clarity.ms'],
} as const satisfies Service

export const hotjar = {
  id: 'hotjar',
  name: 'Hotjar',
  category: 'statistics',
  provider: { name: 'Hotjar Ltd', address: "Dragonara Business Centre, 5th Floor, Dragonara Road, Paceville, St Julian's STJ 3141, Malta", country: 'MT' },
  purpose: { de: 'Heatmaps, Sitzungsaufzeichnungen und Umfragen.', en: 'Heatmaps, session recordings and surveys.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('_hjSessionUser_*', days(365), distinguishVisitors, true),
    cookie('_hjSession_*', minutes30, sessionState, true),
    cookie('_hjAbsoluteSessionInProgress', session, sessionState, true),
  ],
  privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  optOutUrl: 'https://www.hotjar.com/policies/do-not-track/',
  scriptHosts: ['static.hotjar.com', 'script.hotjar.com'],
  frameHosts: ['vars.hotjar.com'],
  pixelHosts: [],
  inlineMarkers: ['static.hotjar.com/c/hotjar-', '_hjSettings'],
  connectHosts: ['hotjar.com', 'hotjar.io'],
} as const satisfies Service

// etracker Analytics (tracking code 5.x), added from the vendor corpus; vendor pages read 2026-12-02.
// Provider: https://www.etracker.com/en/data-privacy/ ("etracker GmbH, Erste Brunnenstraße 1, 20459 Hamburg").
// Storage: https://help.etracker.com/en/article/cookies-used and
//   https://www.etracker.com/en/docs/integration-setup-2/settings-accounts/etracker-cookies/cookies-used/:
//   et_allow_cookies ("1": 480 days, local storage), et_oi_v2 ("yes" 480 days, "no" 50 years, local storage),
//   et_scroll_depth (session storage), isSdEnabled (24 hours, first-party cookie) and — only when the site
//   enables cookies (`_etracker.enableCookies()`), blocked by default — _et_coid (720 days or as configured).
// Consent: etracker calls its cookie-less default consent-free
//   (https://www.etracker.com/en/docs/integration-setup-2/consent-management-tools/); the tracking code still
//   sends every page view to etracker's servers and keeps local storage entries, so nichepress asks first
//   (§ 25(1) TDDDG, Art. 6(1)(a) GDPR). A site that has assessed otherwise describes it in `consent.custom`
//   with `needsConsent: false` (custom entries are matched before the registry).
// Hosts: the snippet loads //code.etracker.com/code/e.js
//   (https://play.etracker.com/en/docs/integration-setup-2/tracking-code-sdks/tracking-code-integration/data-protection-information/);
//   www.etracker.de as the reporting host is what the corpus saw in session 4, not a vendor statement.
// Third countries: none named on the pages above; provider and processing in Germany.
export const etracker = {
  id: 'etracker',
  name: 'etracker Analytics',
  category: 'statistics',
  provider: { name: 'etracker GmbH', address: 'Erste Brunnenstraße 1, 20459 Hamburg, Germany', country: 'DE' },
  purpose: { de: 'Reichweitenmessung: welche Seiten wie oft aufgerufen werden, woher Besucher kommen und wie weit sie scrollen.', en: 'Audience measurement: which pages are viewed how often, where visitors come from and how far they scroll.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    { name: 'et_allow_cookies', kind: 'localStorage', ...days(480), purpose: { de: 'Merkt sich, ob etracker Cookies setzen darf.', en: 'Remembers whether etracker may set cookies.' }, firstParty: true },
    {
      name: 'et_oi_v2',
      kind: 'localStorage',
      lifetime: { de: '480 Tage (Einwilligung) bzw. 50 Jahre (Widerspruch)', en: '480 days (opt-in) or 50 years (opt-out)' },
      purpose: { de: 'Speichert Ihre Einwilligung in die Messung oder Ihren Widerspruch.', en: 'Stores your consent to, or objection against, the measurement.' },
      firstParty: true,
    },
    storage('et_scroll_depth', { de: 'Zwischenspeicher für die Messung der Scrolltiefe.', en: 'Cache for measuring scroll depth.' }, true, 'sessionStorage'),
    cookie('isSdEnabled', days(1), { de: 'Merkt sich, ob die Scrolltiefe gemessen wird.', en: 'Remembers whether scroll depth is measured.' }, true),
    {
      name: '_et_coid',
      kind: 'localStorage',
      lifetime: { de: '720 Tage oder wie eingestellt; nur wenn die Website Cookies für etracker freischaltet', en: '720 days or as configured; only when the site enables cookies for etracker' },
      lifetimeDays: 720,
      purpose: distinguishVisitors,
      firstParty: true,
    },
  ],
  privacyPolicyUrl: 'https://www.etracker.com/en/data-privacy/',
  scriptHosts: ['code.etracker.com'],
  frameHosts: [],
  pixelHosts: [],
  inlineMarkers: ['_etLoader', '_etracker.'],
  connectHosts: ['www.etracker.de'],
} as const satisfies Service
