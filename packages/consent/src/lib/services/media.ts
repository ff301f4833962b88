import type { Service } from '../service.js'
import { botProtection, cookie, days, embedPreferences, googleIreland, metaIreland, session, standardContractualClauses, storage, usDataPrivacyFramework } from './shared.js'

const embedPurpose = (what: string, was: string) => ({
  de: `Zeigt ${was} direkt auf dieser Seite an.`,
  en: `Shows ${what} right on this page.`,
})

export const youtube = {
  id: 'youtube',
  name: 'YouTube',
  category: 'external-media',
  provider: googleIreland,
  purpose: embedPurpose('YouTube videos', 'YouTube-Videos'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('VISITOR_INFO1_LIVE', days(180), embedPreferences, false),
    cookie('YSC', session, embedPreferences, false),
    storage('yt-remote-device-id', embedPreferences, false),
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com', 'm.youtube.com'],
  pixelHosts: [],
  urlPatterns: ['www.youtube.com/iframe_api'],
  connectHosts: [],
} as const satisfies Service

export const vimeo = {
  id: 'vimeo',
  name: 'Vimeo',
  category: 'external-media',
  provider: { name: 'Vimeo.com, Inc.', address: '330 West 34th Street, 5th Floor, New York, NY 10001, USA', country: 'US' },
  purpose: embedPurpose('Vimeo videos', 'Vimeo-Videos'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('vuid', days(730), embedPreferences, false), cookie('__cf_bm', { lifetime: { de: '30 Minuten', en: '30 minutes' }, lifetimeDays: 0 }, botProtection, false)],
  privacyPolicyUrl: 'https://vimeo.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['player.vimeo.com'],
  frameHosts: ['player.vimeo.com'],
  pixelHosts: [],
} as const satisfies Service

export const googleMaps = {
  id: 'google-maps',
  name: 'Google Maps',
  category: 'external-media',
  provider: googleIreland,
  purpose: embedPurpose('interactive maps', 'interaktive Karten'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('NID', days(180), embedPreferences, false)],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['maps.googleapis.com'],
  frameHosts: ['maps.google.com', 'maps.google.de'],
  pixelHosts: ['maps.googleapis.com', 'maps.gstatic.com'],
  urlPatterns: ['www.google.com/maps', 'www.google.de/maps'],
} as const satisfies Service

export const spotify = {
  id: 'spotify',
  name: 'Spotify',
  category: 'external-media',
  provider: { name: 'Spotify AB', address: 'Regeringsgatan 19, 111 53 Stockholm, Sweden', country: 'SE' },
  purpose: embedPurpose('podcasts and playlists', 'Podcasts und Playlists'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('sp_t', days(365), embedPreferences, false), cookie('sp_landing', days(1), embedPreferences, false)],
  privacyPolicyUrl: 'https://www.spotify.com/de/legal/privacy-policy/',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: [],
  frameHosts: ['open.spotify.com'],
  pixelHosts: [],
} as const satisfies Service

export const soundcloud = {
  id: 'soundcloud',
  name: 'SoundCloud',
  category: 'external-media',
  provider: { name: 'SoundCloud Global Limited & Co. KG', address: 'Rheinsberger Str. 76/77, 10115 Berlin, Germany', country: 'DE' },
  purpose: embedPurpose('audio players (podcasts, music)', 'Audio-Player (Podcasts, Musik)'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('sc_anonymous_id', days(3650), embedPreferences, false)],
  privacyPolicyUrl: 'https://soundcloud.com/pages/privacy',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: ['w.soundcloud.com'],
  frameHosts: ['w.soundcloud.com'],
  pixelHosts: [],
} as const satisfies Service

export const openStreetMap = {
  id: 'openstreetmap',
  name: 'OpenStreetMap',
  category: 'external-media',
  provider: { name: 'OpenStreetMap Foundation', address: 'St John’s Innovation Centre, Cowley Road, Cambridge, CB4 0WS, United Kingdom', country: 'GB' },
  purpose: embedPurpose('maps', 'Karten'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
  thirdCountryTransfer: {
    countries: ['GB'],
    basis: { de: 'Angemessenheitsbeschluss der EU-Kommission für das Vereinigte Königreich (Art. 45 DSGVO)', en: 'EU Commission adequacy decision for the United Kingdom (Art. 45 GDPR)' },
  },
  scriptHosts: [],
  frameHosts: ['www.openstreetmap.org'],
  pixelHosts: ['tile.openstreetmap.org'],
} as const satisfies Service

export const twitter = {
  id: 'twitter',
  name: 'X (Twitter)',
  category: 'external-media',
  provider: { name: 'Twitter International Unlimited Company', address: 'One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Ireland', country: 'IE' },
  purpose: embedPurpose('posts from X (Twitter)', 'Beiträge von X (Twitter)'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('guest_id', days(730), embedPreferences, false), cookie('personalization_id', days(730), embedPreferences, false)],
  privacyPolicyUrl: 'https://x.com/de/privacy',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: ['platform.twitter.com'],
  frameHosts: ['platform.twitter.com', 'syndication.twitter.com'],
  pixelHosts: ['syndication.twitter.com', 't.co'],
} as const satisfies Service

export const instagram = {
  id: 'instagram',
  name: 'Instagram',
  category: 'external-media',
  provider: metaIreland,
  purpose: embedPurpose('Instagram posts', 'Instagram-Beiträge'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('ig_did', days(365), embedPreferences, false), cookie('csrftoken', days(365), botProtection, false), cookie('mid', days(400), embedPreferences, false)],
  privacyPolicyUrl: 'https://privacycenter.instagram.com/policy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['www.instagram.com'],
  frameHosts: ['www.instagram.com'],
  pixelHosts: [],
} as const satisfies Service

export const disqus = {
  id: 'disqus',
  name: 'Disqus',
  category: 'external-media',
  provider: { name: 'Disqus, Inc.', address: '717 Market Street, Suite 700, San Francisco, CA 94103, USA', country: 'US' },
  purpose: { de: 'Stellt die Kommentarfunktion bereit.', en: 'Provides the comments.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('disqus_unique', days(365), embedPreferences, false), cookie('__jid', session, sessionStateDisqus(), false)],
  privacyPolicyUrl: 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy',
  optOutUrl: 'https://disqus.com/data-sharing-settings/',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['disqus.com', 'disquscdn.com'],
  frameHosts: ['disqus.com'],
  pixelHosts: ['disqus.com'],
  inlineMarkers: ['disqus_config', '.disqus.com/embed.js'],
} as const satisfies Service

function sessionStateDisqus() {
  return { de: 'Hält die Anmeldung bei Disqus.', en: 'Keeps you signed in to Disqus.' }
}
