import type { ConsentLanguagePack } from '../texts.js'

/** English: the texts of session 1. */
export const en = {
  texts: {
    bannerTitle: 'Privacy settings',
    bannerText:
      'We would like to use statistics and marketing services and external media. They store data on your device and send data to their providers, some in third countries such as the USA. Only with your consent, which you can withdraw at any time under “Cookie settings” at the bottom of the page.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    dialogTitle: 'Cookie settings',
    dialogText: 'Choose which services you allow. Nothing is preselected; you can change your choice at any time.',
    save: 'Save choice',
    close: 'Close',
    gpcNote: 'Your browser sends the Global Privacy Control signal: marketing stays off unless you switch it on here.',
    categories: {
      necessary: { label: 'Necessary', description: 'Stores your decision; this needs no consent.' },
      statistics: { label: 'Statistics', description: 'Helps us understand which content is read.' },
      marketing: { label: 'Marketing', description: 'Measures ads and builds audiences; newsletter forms.' },
      'external-media': { label: 'External media', description: 'Videos, maps and posts from other providers.' },
    },
    alwaysActive: 'Always on',
    placeholderTitle: 'Content from {service}',
    placeholderText: 'Content from {service} ({provider}) is embedded here. Loading it sends data such as your IP address to the provider.',
    placeholderLoad: 'Load content from {service}',
    placeholderAlways: 'Always allow {service}',
    placeholderOpen: 'Open at {service}',
    privacyLink: 'Privacy policy',
    imprintLink: 'Legal notice',
    bannerPrivacyLink: 'Privacy',
    footerLink: 'Cookie settings',
  },
  bannerLead: 'We would like to use {list}.',
  categoryWords: { statistics: 'statistics services', marketing: 'marketing services', 'external-media': 'external media' },
  and: ' and ',
} as const satisfies ConsentLanguagePack
