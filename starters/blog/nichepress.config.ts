import { defineConfig } from 'nichepress'

// An English personal blog run from Germany: German law (§ 5 DDG) still asks for a legal notice,
// so the legal section is complete. Operators outside Germany set `legal.country` (see README).
export default defineConfig({
  title: 'Field Notes',
  url: 'https://fieldnotes.example',
  language: 'en',
  description: 'Notes on building small, fast websites, writing for the web and keeping side projects alive.',
  publisher: { type: 'person', name: 'Alex Example', url: 'https://fieldnotes.example/about/' },
  authors: [{ id: 'alex', name: 'Alex Example', url: 'https://fieldnotes.example/about/' }],
  nav: [
    { label: 'Home', url: '/' },
    { label: 'Archive', url: '/archive/' },
    { label: 'About', url: '/about/' },
  ],
  // No analytics, embeds or forms: nothing needs consent, so no banner. Adding a third party later?
  // Remove this line; `nichepress lint` reports third parties that load without consent.
  consent: { enabled: false },
  legal: {
    updated: '2026-10-01',
    operator: { kind: 'person', name: 'Alex Example', address: { street: 'Musterstraße 12', postalCode: '10115', city: 'Berlin', country: 'DE' } },
    contact: { email: 'hello@fieldnotes.example', phone: '+49 30 901820 0' },
    responsibleForContent: { name: 'Alex Example', address: { street: 'Musterstraße 12', postalCode: '10115', city: 'Berlin', country: 'DE' } },
    hosting: 'netlify',
  },
})
