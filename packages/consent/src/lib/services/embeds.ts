import type { Service } from '../service.js'
import { cookiesNotPublished, embedPurpose } from './shared.js'

// Widgets and players added from the vendor corpus (tests/consent/corpus/vendors.ts). Every fact carries the
// vendor page it was read from (read 2026-12-02); none of these vendors publishes the cookies of its embed
// one by one on the pages checked, so each cookie row says so (with the page) instead of inventing names.

// Trustpilot TrustBox.
// Provider: https://de.legal.trustpilot.com/for-reviewers/end-user-privacy-terms ("Trustpilot A/S, Pilestraede 58,
//   5. Stock, DK-1112 Kopenhagen K" is the controller).
// Hosts: the TrustBox script https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js
//   (https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website), which
//   draws the widget in an iframe from the same host.
// Third countries: none named on the pages above; provider in the EU.
export const trustpilot = {
  id: 'trustpilot',
  name: 'Trustpilot (TrustBox)',
  category: 'external-media',
  provider: { name: 'Trustpilot A/S', address: 'Pilestraede 58, 5th floor, 1112 Copenhagen K, Denmark', country: 'DK' },
  purpose: embedPurpose('Trustpilot reviews and ratings', 'Bewertungen und Sterne von Trustpilot'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://de.legal.trustpilot.com/for-reviewers/end-user-privacy-terms')],
  privacyPolicyUrl: 'https://de.legal.trustpilot.com/for-reviewers/end-user-privacy-terms',
  scriptHosts: ['widget.trustpilot.com'],
  frameHosts: ['widget.trustpilot.com'],
  pixelHosts: [],
} as const satisfies Service

// Dailymotion player.
// Provider: Dailymotion SA is the controller for visitors in the EEA (Dailymotion privacy policy,
//   https://legal.dailymotion.com/ko/%ea%b0%9c%ec%9d%b8%ec%a0%95%eb%b3%b4-%ec%b2%98%eb%a6%ac%eb%b0%a9%ec%b9%a8, the
//   language version found); address from https://www.dailymotion.com/legal/prohibited ("140 boulevard Malesherbes
//   - 75017 Paris").
// Hosts: iframe https://geo.dailymotion.com/player/{Player ID}.html (https://developers.dailymotion.com/docs/iframe-web),
//   embed script https://geo.dailymotion.com/player/{Player ID}.js
//   (https://developers.dailymotion.com/docs/player-embed-script-web) and library
//   https://geo.dailymotion.com/libs/player/{Player ID}.js (https://developers.dailymotion.com/docs/player-library-script);
//   www.dailymotion.com/embed/video/… is the older iframe still found in posts.
// Third countries: none named on the pages above; provider in the EU.
export const dailymotion = {
  id: 'dailymotion',
  name: 'Dailymotion',
  embed: true,
  category: 'external-media',
  provider: { name: 'Dailymotion SA', address: '140 boulevard Malesherbes, 75017 Paris, France', country: 'FR' },
  purpose: embedPurpose('Dailymotion videos', 'Dailymotion-Videos'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://legal.dailymotion.com/en/secondary-websites/cookie-policy')],
  privacyPolicyUrl: 'https://legal.dailymotion.com/de/datenschutz/',
  scriptHosts: ['geo.dailymotion.com'],
  frameHosts: ['geo.dailymotion.com', 'www.dailymotion.com'],
  pixelHosts: [],
} as const satisfies Service

// Twitch player.
// Provider: https://www.twitch.tv/p/de-de/legal/privacy-notice/ ("Twitch Interactive, Inc. mit Sitz in 350 Bush Street,
//   2nd Floor, San Francisco, CA 94104" is the controller).
// Hosts: https://dev.twitch.tv/docs/embed/video-and-clips/ (iframe player.twitch.tv/?…&parent=…, clips
//   clips.twitch.tv/embed?clip=…&parent=…; the `parent` parameter is required) and
//   https://dev.twitch.tv/docs/embed/everything (script embed.twitch.tv/embed/v1.js, which draws an iframe).
// Third countries: the recipient itself sits in the US; the policy prints that its privacy notice names the
//   safeguards (no basis is stated on the pages above, so none is claimed).
export const twitch = {
  id: 'twitch',
  name: 'Twitch',
  embed: true,
  category: 'external-media',
  provider: { name: 'Twitch Interactive, Inc.', address: '350 Bush Street, 2nd Floor, San Francisco, CA 94104, USA', country: 'US' },
  purpose: embedPurpose('Twitch live streams, videos and clips', 'Livestreams, Videos und Clips von Twitch'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.twitch.tv/p/de-de/legal/privacy-notice/')],
  privacyPolicyUrl: 'https://www.twitch.tv/p/de-de/legal/privacy-notice/',
  scriptHosts: ['embed.twitch.tv', 'player.twitch.tv'],
  frameHosts: ['player.twitch.tv', 'clips.twitch.tv', 'embed.twitch.tv'],
  pixelHosts: [],
} as const satisfies Service

// Podigee Podcast Player.
// Provider: Podigee GmbH, Berlin; the street address was not found on a Podigee page, so it is not given.
// Hosts: https://help.podigee.com/article/575-custom-source-parameter — the embed script (`script src="…"
//   data-configuration="https://<podcast>.podigee.io/embed.json?…"`) reads its configuration from the podcast's
//   podigee.io address and plays audio from https://audio.podigee-cdn.net/…; the script itself comes from
//   player.podigee-cdn.net (the snippet in tests/consent/corpus/vendors.ts).
// Third countries: none named on the pages above; provider in the EU.
export const podigee = {
  id: 'podigee',
  name: 'Podigee Podcast Player',
  embed: true,
  category: 'external-media',
  provider: { name: 'Podigee GmbH', address: 'Berlin, Germany (street address: see the provider’s privacy policy)', country: 'DE' },
  purpose: embedPurpose('the podcast player (Podigee)', 'den Podcast-Player (Podigee)'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://help.podigee.com/article/575-custom-source-parameter')],
  privacyPolicyUrl: 'https://www.podigee.com/de/about/privacy/',
  scriptHosts: ['player.podigee-cdn.net'],
  frameHosts: ['player.podigee-cdn.net', 'podigee.io'],
  pixelHosts: [],
  mediaHosts: ['audio.podigee-cdn.net'],
  connectHosts: ['podigee.io'],
} as const satisfies Service
