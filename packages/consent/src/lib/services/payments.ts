import type { Service } from '../service.js'
import { checkedOn2026_12_03, cookiesNotPublished } from './shared.js'

// Payment buttons and pricing tables, added from the corpus's `consent.custom` list (read 2026-12-03). Their
// scripts load fraud-prevention code that profiles the browser as soon as the page opens, so they wait for
// consent like other external media. Postal addresses were not on the pages read.

const checkout = (name: string) => ({ de: `Zeigt Bezahl- und Bestellfunktionen von ${name} auf dieser Seite an.`, en: `Shows ${name} payment and checkout features on this page.` })

// Stripe pricing table: https://js.stripe.com/v3/pricing-table.js, checkout in frames from js.stripe.com and
//   checkout.stripe.com (https://docs.stripe.com/payments/checkout/pricing-table).
export const stripe = {
  id: 'stripe',
  name: 'Stripe',
  category: 'external-media',
  provider: { name: 'Stripe Payments Europe, Limited', address: 'https://stripe.com/privacy', country: 'IE' },
  purpose: checkout('Stripe'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://stripe.com/privacy', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://stripe.com/privacy',
  scriptHosts: ['js.stripe.com'],
  frameHosts: ['js.stripe.com', 'checkout.stripe.com'],
  pixelHosts: [],
} as const satisfies Service

// PayPal JavaScript SDK: https://www.paypal.com/sdk/js?client-id=…, buttons in frames from www.paypal.com, images
//   from www.paypalobjects.com (https://developer.paypal.com/sdk/js/performance/).
// Provider: PayPal (Europe) S.à r.l. et Cie, S.C.A. is the controller in the EEA
//   (https://www.paypal.com/be/webapps/mpp/ua/privacy-full, 15 April 2024), at 22-24 Boulevard Royal, L-2449
//   Luxembourg (as its privacy notice gives it, https://www.datarightsfinder.org/organisation/lu/B118349).
export const paypal = {
  id: 'paypal',
  name: 'PayPal',
  category: 'external-media',
  provider: { name: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', address: '22-24 Boulevard Royal, L-2449 Luxembourg', country: 'LU' },
  purpose: checkout('PayPal'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.paypal.com/de/legalhub/privacy-full', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.paypal.com/de/legalhub/privacy-full',
  scriptHosts: ['www.paypal.com', 'www.paypalobjects.com'],
  frameHosts: ['www.paypal.com'],
  pixelHosts: [],
} as const satisfies Service

// Chargebee pricing table: https://js.chargebee.com/v2/chargebee.js
//   (https://www.chargebee.com/tutorials/pricing-table-quickstart/).
export const chargebee = {
  id: 'chargebee',
  name: 'Chargebee',
  category: 'external-media',
  provider: { name: 'Chargebee Inc.', address: 'https://www.chargebee.com/privacy/', country: 'US' },
  purpose: checkout('Chargebee'),
  legalBasis: 'consent',
  needsConsent: true,
  cookies: [cookiesNotPublished('https://www.chargebee.com/privacy/', checkedOn2026_12_03)],
  privacyPolicyUrl: 'https://www.chargebee.com/privacy/',
  scriptHosts: ['js.chargebee.com'],
  frameHosts: [],
  pixelHosts: [],
} as const satisfies Service
