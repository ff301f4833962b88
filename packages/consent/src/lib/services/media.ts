import type { Service } from '../service.js'
import { botProtection, cookie, days, embedPreferences, googleIreland, metaIreland, minutes30, session, standardContractualClauses, storage, usDataPrivacyFramework } from './shared.js'

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
  // The current bootstrap loader builds its URL at runtime (`maps.${c}apis.com`).
  inlineMarkers: ['The Google Maps JavaScript API', 'google.maps.importLibrary', 'maps.${c}apis.com'],
  connectHosts: ['maps.googleapis.com'],
  imageHosts: ['maps.gstatic.com', 'maps.googleapis.com', 'khms0.googleapis.com', 'khms1.googleapis.com'],
  fontHosts: ['fonts.gstatic.com'],
  styleHosts: ['fonts.googleapis.com'],
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
  embed: true,
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
  embed: true,
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
  embed: true,
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

export const tiktok = {
  id: 'tiktok',
  name: 'TikTok',
  embed: true,
  category: 'external-media',
  provider: { name: 'TikTok Technology Limited', address: '10 Earlsfort Terrace, Dublin 2, D02 T380, Ireland', country: 'IE' },
  purpose: embedPurpose('TikTok videos', 'TikTok-Videos'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('tt_chain_token', days(180), embedPreferences, false), cookie('ttwid', days(365), embedPreferences, false)],
  privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/de',
  thirdCountryTransfer: standardContractualClauses(['US', 'SG', 'CN']),
  scriptHosts: ['www.tiktok.com'],
  frameHosts: ['www.tiktok.com'],
  pixelHosts: [],
  imageHosts: ['p16-sign-va.tiktokcdn.com', 'tiktokcdn.com'],
} as const satisfies Service

export const pinterest = {
  id: 'pinterest',
  name: 'Pinterest',
  embed: true,
  category: 'external-media',
  provider: { name: 'Pinterest Europe Ltd.', address: 'Palmerston House, 2nd Floor, Fenian Street, Dublin 2, Ireland', country: 'IE' },
  purpose: embedPurpose('pins and boards from Pinterest', 'Pins und Pinnwände von Pinterest'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('_pinterest_sess', days(365), embedPreferences, false), cookie('_routing_id', session, embedPreferences, false)],
  privacyPolicyUrl: 'https://policy.pinterest.com/de/privacy-policy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['assets.pinterest.com'],
  frameHosts: ['assets.pinterest.com', 'www.pinterest.com', 'www.pinterest.de'],
  pixelHosts: [],
  imageHosts: ['i.pinimg.com'],
  connectHosts: ['widgets.pinterest.com', 'api.pinterest.com'],
} as const satisfies Service

export const calendly = {
  id: 'calendly',
  name: 'Calendly',
  embed: true,
  category: 'external-media',
  provider: { name: 'Calendly LLC', address: '271 17th St NW, Ste 1000, Atlanta, GA 30363, USA', country: 'US' },
  purpose: { de: 'Zeigt einen Terminkalender, in dem Sie einen Termin buchen können.', en: 'Shows a scheduling calendar where you can book an appointment.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('__cf_bm', minutes30, botProtection, false), cookie('_calendly_session', days(21), embedPreferences, false)],
  privacyPolicyUrl: 'https://calendly.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['assets.calendly.com'],
  frameHosts: ['calendly.com'],
  pixelHosts: [],
  styleHosts: ['assets.calendly.com'],
} as const satisfies Service

export const typeform = {
  id: 'typeform',
  name: 'Typeform',
  embed: true,
  category: 'external-media',
  provider: { name: 'TYPEFORM S.L.', address: 'Carrer Bac de Roda 163, 08018 Barcelona, Spain', country: 'ES' },
  purpose: { de: 'Zeigt ein Formular oder eine Umfrage von Typeform und übermittelt Ihre Antworten.', en: 'Shows a Typeform form or survey and sends your answers.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('tf_respondent_cc', days(180), embedPreferences, false)],
  privacyPolicyUrl: 'https://admin.typeform.com/to/dwk6gt',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['embed.typeform.com'],
  frameHosts: ['form.typeform.com'],
  pixelHosts: [],
  styleHosts: ['embed.typeform.com'],
  connectHosts: ['api.typeform.com'],
} as const satisfies Service

export const googleFonts = {
  id: 'google-fonts',
  name: 'Google Fonts',
  category: 'external-media',
  provider: googleIreland,
  purpose: { de: 'Lädt Schriftarten von Servern von Google; dabei wird Ihre IP-Adresse an Google übertragen.', en: "Loads fonts from Google's servers, which sends your IP address to Google." },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  styleHosts: ['fonts.googleapis.com'],
  fontHosts: ['fonts.gstatic.com'],
} as const satisfies Service

export const facebook = {
  id: 'facebook',
  name: 'Facebook (Social Plugins)',
  embed: true,
  category: 'external-media',
  provider: metaIreland,
  purpose: embedPurpose('Facebook pages, posts and videos', 'Facebook-Seiten, -Beiträge und -Videos'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookie('datr', days(400), botProtection, false), cookie('fr', days(90), embedPreferences, false)],
  privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  // The same hosts serve the Meta Pixel (www.facebook.com/tr, connect.facebook.net/…/fbevents.js).
  urlPatterns: ['www.facebook.com/plugins/', 'www.facebook.com/v', 'connect.facebook.net/de_DE/sdk.js', 'connect.facebook.net/en_US/sdk.js'],
  imageHosts: ['scontent.xx.fbcdn.net'],
} as const satisfies Service
