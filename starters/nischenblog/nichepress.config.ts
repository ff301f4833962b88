import { defineConfig } from 'nichepress'

export default defineConfig({
  title: 'Kocherkompass',
  url: 'https://kocherkompass.example',
  language: 'de',
  description: 'Ehrliche Tests, Ratgeber und Rezepte rund ums Kochen im Campervan: Gaskocher, Spirituskocher, Sicherheit und die kleine Vanlife-Küche.',
  publisher: { type: 'person', name: 'Jana Beispiel', url: 'https://kocherkompass.example/ueber-uns/', logo: '/images/logo.svg' },
  authors: [{ id: 'jana', name: 'Jana Beispiel', url: 'https://kocherkompass.example/ueber-uns/' }],
  nav: [
    { label: 'Startseite', url: '/' },
    { label: 'Archiv', url: '/archiv/' },
    { label: 'Über uns', url: '/ueber-uns/' },
  ],
  affiliate: {
    links: { 'campingaz-360': 'https://www.amazon.de/dp/B07ABCDEFG?tag=kocherkompass-21' },
  },
  consent: {
    services: { 'google-analytics': { measurementId: 'G-ABC1234567' } },
  },
  legal: {
    updated: '2026-11-01',
    operator: { kind: 'person', name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
    contact: { email: 'hallo@kocherkompass.example', phone: '+49 40 66969 123' },
    responsibleForContent: { name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
    hosting: 'netlify',
  },
})
