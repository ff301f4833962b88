import type { Service, StorageEntry } from './service.js'
import { etracker, googleAnalytics, googleTagManager, hotjar, matomo, matomoCloud, microsoftClarity, plausible } from './services/analytics.js'
import { awin, microsoftAdvertising, xPixel } from './services/advertising.js'
import { brevo, convertkit, mailchimp } from './services/forms.js'
import { dailymotion, podigee, trustpilot, twitch } from './services/embeds.js'
import { amazonAssociates, googleAds, googleAdsense, linkedinInsight, metaPixel, pinterestTag, tiktokPixel } from './services/marketing.js'
import { cloudflareTurnstile, googleRecaptcha, hcaptcha } from './services/captchas.js'
import { cloudflareWebAnalytics, fathom, simpleAnalytics, umami } from './services/cookieless-analytics.js'
import { adobeFonts, esmSh, fontAwesome, gravatar, jsdelivr, unpkg } from './services/libraries.js'
import { bluesky, googleForms, loom, mastodonSocial, tally, wistia } from './services/more-embeds.js'
import { chargebee, paypal, stripe } from './services/payments.js'
import { outbrain, redditPixel, snapPixel } from './services/pixels.js'
import { calendly, disqus, facebook, googleFonts, googleMaps, instagram, openStreetMap, pinterest, soundcloud, spotify, tiktok, twitter, typeform, vimeo, youtube } from './services/media.js'

/** Every built-in service, sorted by id. Sites add their own with `consent.custom`. */
export const services: readonly Service[] = [
  adobeFonts,
  amazonAssociates,
  awin,
  bluesky,
  brevo,
  calendly,
  chargebee,
  cloudflareTurnstile,
  cloudflareWebAnalytics,
  convertkit,
  dailymotion,
  disqus,
  esmSh,
  etracker,
  facebook,
  fathom,
  fontAwesome,
  googleAds,
  googleAdsense,
  googleAnalytics,
  googleFonts,
  googleForms,
  googleMaps,
  googleRecaptcha,
  googleTagManager,
  gravatar,
  hcaptcha,
  hotjar,
  instagram,
  jsdelivr,
  linkedinInsight,
  loom,
  mailchimp,
  mastodonSocial,
  matomo,
  matomoCloud,
  metaPixel,
  microsoftAdvertising,
  microsoftClarity,
  openStreetMap,
  outbrain,
  paypal,
  pinterest,
  pinterestTag,
  plausible,
  podigee,
  redditPixel,
  simpleAnalytics,
  snapPixel,
  soundcloud,
  spotify,
  stripe,
  tally,
  tiktok,
  tiktokPixel,
  trustpilot,
  twitch,
  twitter,
  typeform,
  umami,
  unpkg,
  vimeo,
  wistia,
  xPixel,
  youtube,
]

/** Name of the cookie or localStorage key that holds the visitor's decision. */
export const consentStorageName = 'np_consent'

/**
 * The storage entry of the consent decision itself: strictly necessary (§ 25(2) no. 2 TDDDG), listed on
 * the cookie page. Its lifetime is the configured expiry (default 12 months, at most 13).
 */
export const consentStorage: StorageEntry = {
  name: consentStorageName,
  kind: 'cookie',
  lifetime: { de: '12 Monate', en: '12 months' },
  lifetimeDays: 365,
  purpose: {
    de: 'Speichert Ihre Einwilligungsentscheidung (Kategorien, Dienste, Version, Zeitpunkt), damit wir nicht erneut fragen.',
    en: 'Stores your consent decision (categories, services, revision, time) so we do not ask again.',
  },
  firstParty: true,
}
