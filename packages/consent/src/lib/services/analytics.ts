import type { Service } from '../service.js'
import { cookie, days, distinguishVisitors, googleIreland, microsoftIreland, minutes30, session, sessionState, usDataPrivacyFramework } from './shared.js'

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

export const plausible = {
  id: 'plausible',
  name: 'Plausible Analytics',
  category: 'statistics',
  provider: { name: 'Plausible Insights OÜ', address: 'Västriku tn 2, 50403 Tartu, Estonia', country: 'EE' },
  purpose: { de: 'Cookielose, anonyme Reichweitenmessung ohne Speicherung auf Ihrem Gerät.', en: 'Cookieless, anonymous audience measurement that stores nothing on your device.' },
  legalBasis: 'legitimate-interest',
  needsConsent: false,
  cookies: [],
  privacyPolicyUrl: 'https://plausible.io/privacy',
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
