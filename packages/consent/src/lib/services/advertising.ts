import type { Service } from '../service.js'
import { cookie, cookiesNotPublished, days, microsoftIreland, standardContractualClauses, usDataPrivacyFramework, xIreland } from './shared.js'

// Advertising and affiliate tags added from the vendor corpus (tests/consent/corpus/vendors.ts). Every fact
// carries the vendor page it was read from (read 2026-12-02); what no vendor page states is said so in
// the entry instead of guessed.

// Awin MasterTag.
// Provider: https://www.awin.com/de/datenschutzerklarung (Awin group privacy policy; AWIN AG, Eichhornstraße 3,
//   10785 Berlin is also the operator of the `awin` affiliate network in @nichepress/affiliate).
// Cookies: https://privacy.awin.com ("Cookie List"): aw<advertiser id> (click, "typically 30 days"),
//   awpv<advertiser id> (view, "typically 24 hours"), and, set by the MasterTag on the site's own domain,
//   _aw_m_<id> (click reference, 1 year) and _aw_j_<id> (journey, 3 months). Left out: _aw_sn_<id> (cashback
//   and voucher journeys, not a blog's) and the one-year click id whose name the list does not show.
// Hosts: the MasterTag snippet loads https://www.dwin1.com/<advertiser id>.js; the conversion tag is an inline
//   `AWIN.Tracking.Sale` declaration the MasterTag reads, with the image pixel https://www.awin1.com/sread.img?…
//   (https://help.awin.com/developers/docs/implementing-leads-tracking,
//   https://developer.awin.com/v1/docs/fall-back-conversion-pixel).
// Third countries: none of the pages above names a transfer for this tracking, so the entry states none
//   (provider in the EU); re-check when Awin's privacy policy says otherwise.
export const awin = {
  id: 'awin',
  name: 'Awin (MasterTag)',
  category: 'marketing',
  provider: { name: 'AWIN AG', address: 'Eichhornstraße 3, 10785 Berlin, Germany', country: 'DE' },
  purpose: {
    de: 'Ordnet Käufe und Anmeldungen, die über Partnerlinks aus dem Awin-Netzwerk zustande kommen, dem vermittelnden Partner zu, damit Provisionen abgerechnet werden können.',
    en: 'Attributes purchases and sign-ups that come through Awin partner links to the referring partner so commissions can be paid.',
  },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [
    cookie('aw*', { lifetime: { de: 'je nach Advertiser und Website, meist 30 Tage', en: 'varies by advertiser and referring site, typically 30 days' } }, { de: 'Speichert einen Klick auf ein Werbemittel (Website, Werbemittel, Zeitpunkt), um einen Kauf zuzuordnen.', en: 'Stores a click on an ad (site, ad, time) to attribute a sale.' }, false),
    cookie('awpv*', { lifetime: { de: 'je nach Advertiser, meist 24 Stunden', en: 'varies by advertiser, typically 24 hours' } }, { de: 'Speichert, auf welcher Website Sie ein Werbemittel gesehen haben, und wann.', en: 'Stores on which site and when you saw an ad.' }, false),
    cookie('_aw_m_*', days(365), { de: 'Verweist auf einen einzelnen Klick, um einen Verkauf zwischen Partner-Website und Händler zuzuordnen.', en: 'Refers to a single click to attribute a sale between the partner site and the merchant.' }, true),
    cookie('_aw_j_*', days(90), { de: 'Verweist auf einen Besuchsverlauf, um Ereignisse zwischen Partner-Website und Händler zuzuordnen.', en: 'Refers to a visitor journey to attribute events between the partner site and the merchant.' }, true),
  ],
  privacyPolicyUrl: 'https://www.awin.com/de/datenschutzerklarung',
  scriptHosts: ['www.dwin1.com'],
  frameHosts: [],
  pixelHosts: ['www.awin1.com'],
  inlineMarkers: ['AWIN.Tracking'],
  connectHosts: ['www.awin1.com'],
} as const satisfies Service

// Microsoft Advertising Universal Event Tracking (UET).
// Provider and privacy policy: Microsoft's EU entity and statement, as for Microsoft Clarity.
// What UET does and that Microsoft Advertising keeps UET data 390 days: https://help.ads.microsoft.com/apex/index/3/en/53056
// Click id stored in a first-party cookie: https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table
//   (`msclkid` "should be stored in a first party cookie"); names and lifetimes of UET's cookies are not
//   listed on these pages, so the cookie row says so.
// Hosts: the UET snippet loads //bat.bing.com/bat.js (https://help.ads.microsoft.com/apex/index/3/en/56686)
//   and reports to bat.bing.com; its inline loader calls `new UET(` and fills `uetq`.
// Third countries: Microsoft Corporation is certified under the EU-US Data Privacy Framework.
export const microsoftAdvertising = {
  id: 'microsoft-advertising',
  name: 'Microsoft Advertising (UET)',
  category: 'marketing',
  provider: microsoftIreland,
  purpose: { de: 'Misst den Erfolg von Microsoft-Advertising-Anzeigen (Bing) und bildet Zielgruppen für Remarketing.', en: 'Measures Microsoft Advertising (Bing) ads and builds remarketing audiences.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://help.ads.microsoft.com/apex/index/3/en/53056')],
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['bat.bing.com'],
  frameHosts: [],
  pixelHosts: ['bat.bing.com'],
  inlineMarkers: ['new UET(', 'window.uetq', '"uetq"'],
  connectHosts: ['bat.bing.com'],
} as const satisfies Service

// X Pixel (conversion tracking base code).
// Snippet and hosts: https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites
//   (the base code loads https://static.ads-twitter.com/uwt.js and queues calls on `twq`).
// Cookies: "You are able to use both first-party and third-party cookies with the X Pixel" (X's help page
//   "About conversion tracking", served from X's CDN at the URL below); names and lifetimes are not listed
//   there, so the cookie row says so.
// Provider, privacy policy and transfer: as for the X embed (`twitter`).
// Reporting hosts: analytics.twitter.com and t.co (path /i/adsct) are what the pixel was seen to contact when
//   the corpus was first run (session 4); no X page above lists them. t.co is also the X embed's link host,
//   so the pixel claims only its /i/adsct path there.
export const xPixel = {
  id: 'x-pixel',
  name: 'X Pixel',
  category: 'marketing',
  provider: xIreland,
  purpose: { de: 'Misst den Erfolg von Anzeigen auf X (Twitter) und bildet Zielgruppen.', en: 'Measures ads on X (Twitter) and builds audiences.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://g2.twimg.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites/about-conversion-tracking.html')],
  privacyPolicyUrl: 'https://x.com/de/privacy',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: ['static.ads-twitter.com'],
  frameHosts: [],
  pixelHosts: ['analytics.twitter.com'],
  urlPatterns: ['t.co/i/adsct', 'analytics.twitter.com/i/adsct'],
  inlineMarkers: ['twq('],
  connectHosts: ['analytics.twitter.com', 'static.ads-twitter.com'],
} as const satisfies Service
