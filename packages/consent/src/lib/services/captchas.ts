import type { Service } from '../service.js'
import { botProtection, checkedOn2026_12_03, cookiesNotPublished, googleIreland, usDataPrivacyFramework } from './shared.js'

// Bot checks on forms, added from the corpus's `consent.custom` list (read 2026-12-03). Each sends the visitor's
// IP address and browser signals to its vendor as soon as it loads, so it waits for consent (external media);
// a form that needs it says so in its placeholder.

// hCaptcha.
// Hosts: https://js.hcaptcha.com/1/api.js (https://docs.hcaptcha.com), its challenge frame newassets.hcaptcha.com
//   and the API api.hcaptcha.com.
// Provider: Intuition Machines, Inc., a Delaware corporation, processor for the site; it complies with the
//   EU-U.S. Data Privacy Framework (https://www.imachines.com/privacy, updated 2024-10-23). Postal address not
//   on the pages read.
export const hcaptcha = {
  id: 'hcaptcha',
  name: 'hCaptcha',
  category: 'external-media',
  provider: { name: 'Intuition Machines, Inc.', address: 'https://www.hcaptcha.com/privacy', country: 'US' },
  purpose: botProtection,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.hcaptcha.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.hcaptcha.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['js.hcaptcha.com', 'hcaptcha.com'],
  frameHosts: ['newassets.hcaptcha.com'],
  pixelHosts: [],
  connectHosts: ['api.hcaptcha.com'],
} as const satisfies Service

// Cloudflare Turnstile.
// Hosts: https://challenges.cloudflare.com/turnstile/v0/api.js, which draws its widget in a frame from the same host
//   (https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/).
// Provider: as Cloudflare Web Analytics (cookieless-analytics.ts).
export const cloudflareTurnstile = {
  id: 'cloudflare-turnstile',
  name: 'Cloudflare Turnstile',
  category: 'external-media',
  provider: { name: 'Cloudflare, Inc.', address: '101 Townsend St., San Francisco, CA 94107, USA', country: 'US' },
  purpose: botProtection,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.cloudflare.com/privacypolicy/', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['challenges.cloudflare.com'],
  frameHosts: ['challenges.cloudflare.com'],
  pixelHosts: [],
} as const satisfies Service

// Google reCAPTCHA.
// Hosts: https://www.google.com/recaptcha/api.js (https://developers.google.com/recaptcha/docs/v3) and its files on
//   www.gstatic.com/recaptcha: paths, since www.google.com and www.gstatic.com serve other services too.
export const googleRecaptcha = {
  id: 'google-recaptcha',
  name: 'Google reCAPTCHA',
  category: 'external-media',
  provider: googleIreland,
  purpose: botProtection,
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://policies.google.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: [],
  frameHosts: [],
  pixelHosts: [],
  urlPatterns: ['www.google.com/recaptcha', 'www.gstatic.com/recaptcha'],
} as const satisfies Service
