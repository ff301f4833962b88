import type { Service } from '../service.js'
import { checkedOn2026_12_03, cookiesNotPublished, libraryDelivery, standardContractualClauses } from './shared.js'

// Public CDNs, web fonts and avatars a pasted snippet loads from, added from the corpus's `consent.custom`
// list (read 2026-12-03). They store nothing the vendors name, but each request gives the vendor the
// visitor's IP address (LG München I, 3 O 17493/20, on Google Fonts), so they wait for consent; self-hosting
// the file avoids both. Postal addresses were not on the pages read; each entry names the privacy policy
// (except jsDelivr, re-sourced below).

const notStated = (url: string) => [cookiesNotPublished(url, checkedOn2026_12_03)]

// jsDelivr: https://cdn.jsdelivr.net/npm/… (snippet: https://getbootstrap.com/docs/5.3/getting-started/introduction/).
// Provider, re-read 2026-12-03 from the vendor's own documents (github.com/jsdelivr/jsdelivr): "Volentio JSD Limited
//   …, a company registered in England and Wales, operates the cdn.jsdelivr.net service" (Privacy Policy.md, effective
//   November 2023); registered office "Suite 2a1, Northside House, Mount Pleasant, Barnet, England, EN4 9EB", company
//   number 14984373 (Terms of Use.md, effective 30 May 2026). The entry named Prospect One (Poland), jsDelivr's
//   earlier operator. Storage: "Our Services do not use cookies or other similar technologies" (Privacy Policy, 7.1).
//   Transfers: the policy names none by country ("may … transfer … outside of your … country"), so none is claimed.
export const jsdelivr = {
  id: 'jsdelivr',
  name: 'jsDelivr',
  category: 'external-media',
  provider: { name: 'Volentio JSD Limited', address: 'Suite 2a1, Northside House, Mount Pleasant, Barnet, EN4 9EB, United Kingdom', country: 'GB' },
  purpose: libraryDelivery,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [],
  privacyPolicyUrl: 'https://www.jsdelivr.com/terms/privacy-policy',
  scriptHosts: ['cdn.jsdelivr.net'],
  frameHosts: [],
  pixelHosts: [],
  styleHosts: ['cdn.jsdelivr.net'],
} as const satisfies Service

// unpkg: https://unpkg.com/… and www.unpkg.com (snippets: https://leafletjs.com/examples/quick-start/,
//   https://npmjs.com/package/@loomhq/loom-embed). Provider as the corpus named it (not re-checked).
export const unpkg = {
  id: 'unpkg',
  name: 'unpkg',
  category: 'external-media',
  provider: { name: 'Cloudflare, Inc.', address: '101 Townsend St., San Francisco, CA 94107, USA', country: 'US' },
  purpose: libraryDelivery,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: notStated('https://www.cloudflare.com/privacypolicy/'),
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  scriptHosts: ['unpkg.com'],
  frameHosts: [],
  pixelHosts: [],
  styleHosts: ['unpkg.com'],
} as const satisfies Service

// esm.sh: https://esm.sh/<package> as an ES module (snippet: https://www.npmjs.com/package/bluesky-post-embed).
export const esmSh = {
  id: 'esm-sh',
  name: 'esm.sh',
  category: 'external-media',
  provider: { name: 'esm.sh', address: 'https://esm.sh/', country: 'US' },
  purpose: libraryDelivery,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: notStated('https://esm.sh/'),
  privacyPolicyUrl: 'https://esm.sh/',
  scriptHosts: ['esm.sh'],
  frameHosts: [],
  pixelHosts: [],
} as const satisfies Service

// Font Awesome kit: https://kit.fontawesome.com/<kit>.js, which loads styles and fonts from ka-f.fontawesome.com
//   (https://docs.fontawesome.com/web/setup/use-kit).
export const fontAwesome = {
  id: 'font-awesome',
  name: 'Font Awesome',
  category: 'external-media',
  provider: { name: 'Fonticons, Inc.', address: 'https://fontawesome.com/privacy', country: 'US' },
  purpose: { de: 'Liefert Symbole (Icon-Schrift) für diese Seite aus; dabei erhält der Anbieter Ihre IP-Adresse.', en: 'Delivers the icons (icon font) this page uses; the provider receives your IP address.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: notStated('https://fontawesome.com/privacy'),
  privacyPolicyUrl: 'https://fontawesome.com/privacy',
  scriptHosts: ['kit.fontawesome.com'],
  frameHosts: [],
  pixelHosts: [],
  styleHosts: ['ka-f.fontawesome.com'],
  fontHosts: ['ka-f.fontawesome.com'],
  connectHosts: ['ka-f.fontawesome.com'],
} as const satisfies Service

// Adobe Fonts: the kit stylesheet https://use.typekit.net/<kit>.css with its fonts, and a page-view count to
//   p.typekit.net (https://helpx.adobe.com/fonts/using/add-fonts-website.html).
// Provider: outside North America Adobe Systems Software Ireland Limited is the controller
//   (https://www.adobe.com/ee/privacy/policy.html, 14 February 2024); transfers to the USA on standard contractual
//   clauses (https://www.adobe.com/au/privacy/eudatatransfers.html, 21 September 2023).
export const adobeFonts = {
  id: 'adobe-fonts',
  name: 'Adobe Fonts',
  category: 'external-media',
  provider: { name: 'Adobe Systems Software Ireland Limited', address: 'https://www.adobe.com/privacy/policy.html', country: 'IE' },
  purpose: { de: 'Liefert die Schriften dieser Seite aus und zählt Seitenaufrufe für die Lizenzabrechnung; dabei erhält der Anbieter Ihre IP-Adresse.', en: 'Delivers this page’s fonts and counts page views for licensing; the provider receives your IP address.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: notStated('https://www.adobe.com/privacy/policy.html'),
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  thirdCountryTransfer: standardContractualClauses(['US']),
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: ['p.typekit.net'],
  styleHosts: ['use.typekit.net'],
  fontHosts: ['use.typekit.net'],
} as const satisfies Service

// Gravatar: avatar images from gravatar.com and secure.gravatar.com (https://docs.gravatar.com/sdk/images/); the
//   image URL carries a hash of the e-mail address.
export const gravatar = {
  id: 'gravatar',
  name: 'Gravatar',
  category: 'external-media',
  provider: { name: 'Automattic Inc.', address: 'https://automattic.com/privacy/', country: 'US' },
  purpose: { de: 'Zeigt Profilbilder an, die zu einer E-Mail-Adresse hinterlegt sind.', en: 'Shows profile pictures registered for an e-mail address.' },
  legalBasis: 'consent',
  needsConsent: true,
  cookies: notStated('https://automattic.com/privacy/'),
  privacyPolicyUrl: 'https://automattic.com/privacy/',
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  imageHosts: ['gravatar.com', 'secure.gravatar.com'],
} as const satisfies Service
