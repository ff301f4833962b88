import type { Service } from '../service.js'
import { cookie, days, standardContractualClauses, usDataPrivacyFramework } from './shared.js'

const formPurpose = (name: string) => ({
  de: `Stellt das Newsletter-Anmeldeformular von ${name} bereit und verarbeitet die Anmeldung.`,
  en: `Provides the ${name} newsletter sign-up form and processes the sign-up.`,
})

export const mailchimp = {
  id: 'mailchimp',
  name: 'Mailchimp',
  category: 'marketing',
  provider: { name: 'The Rocket Science Group LLC d/b/a Mailchimp', address: '405 N Angier Ave. NE, Atlanta, GA 30308, USA', country: 'US' },
  purpose: formPurpose('Mailchimp'),
  legalBasis: 'consent',
  needsConsent: true,
  newsletter: true,
  cookies: [],
  privacyPolicyUrl: 'https://www.intuit.com/privacy/statement/',
  thirdCountryTransfer: usDataPrivacyFramework,
  scriptHosts: ['chimpstatic.com'],
  frameHosts: ['list-manage.com', 'mailchi.mp'],
  pixelHosts: [],
  urlPatterns: ['s3.amazonaws.com/downloads.mailchimp.com'],
  styleHosts: ['cdn-images.mailchimp.com'],
  // The embedded form's inline validation setup (it loads nothing itself).
  inlineMarkers: ['var $mcj = jQuery.noConflict', 'window.fnames = new Array()'],
  formHosts: ['list-manage.com'],
  connectHosts: ['list-manage.com'],
} as const satisfies Service

export const brevo = {
  id: 'brevo',
  name: 'Brevo',
  category: 'marketing',
  provider: { name: 'Sendinblue SAS (Brevo)', address: '106 boulevard Haussmann, 75008 Paris, France', country: 'FR' },
  purpose: formPurpose('Brevo'),
  legalBasis: 'consent',
  needsConsent: true,
  newsletter: true,
  cookies: [],
  privacyPolicyUrl: 'https://www.brevo.com/de/legal/privacypolicy/',
  scriptHosts: ['sibforms.com'],
  frameHosts: ['sibforms.com'],
  pixelHosts: [],
  connectHosts: ['sibforms.com'],
} as const satisfies Service

export const convertkit = {
  id: 'convertkit',
  name: 'Kit (ConvertKit)',
  category: 'marketing',
  provider: { name: 'ConvertKit LLC', address: '9450 SW Gemini Dr #90789, Beaverton, OR 97008, USA', country: 'US' },
  purpose: formPurpose('Kit (ConvertKit)'),
  legalBasis: 'consent',
  needsConsent: true,
  newsletter: true,
  cookies: [cookie('ck_subscriber_id', days(365), { de: 'Erkennt Abonnenten wieder.', en: 'Recognises subscribers.' }, true)],
  privacyPolicyUrl: 'https://kit.com/privacy',
  thirdCountryTransfer: standardContractualClauses(['US']),
  // Forms load from <account>.kit.com / <account>.ck.page.
  scriptHosts: ['convertkit.com', 'kit.com', 'ck.page'],
  frameHosts: [],
  pixelHosts: [],
  connectHosts: ['app.convertkit.com', 'app.kit.com'],
} as const satisfies Service
