import { defineConfig } from 'nichepress'

// A landing page for one's own e-book plus a blog. content/pages/index.md has the URL / and so
// replaces the post list on the home page; the blog lives under /blog/ and in the archive.
export default defineConfig({
  title: 'Sauerteig-Kompass',
  url: 'https://sauerteig-kompass.example',
  language: 'de',
  description: 'Das E-Book für dein erstes Sauerteigbrot: Schritt für Schritt vom Ansatz bis zur Kruste, dazu Rezepte und Anleitungen im Blog.',
  publisher: { type: 'person', name: 'Eva Beispiel', url: 'https://sauerteig-kompass.example/ueber-mich/' },
  authors: [{ id: 'eva', name: 'Eva Beispiel', url: 'https://sauerteig-kompass.example/ueber-mich/' }],
  nav: [
    { label: 'E-Book', url: '/' },
    { label: 'Blog', url: '/archiv/' },
    { label: 'Über mich', url: '/ueber-mich/' },
  ],
  permalinks: { posts: '/blog/:slug/', pages: '/:path/' },
  consent: {
    // The newsletter form is a Brevo iframe: it stays a placeholder until the visitor agrees.
    services: { brevo: {} },
  },
  legal: {
    updated: '2026-10-15',
    operator: { kind: 'person', name: 'Eva Beispiel', address: { street: 'Brotweg 7', postalCode: '50667', city: 'Köln', country: 'DE' } },
    contact: { email: 'hallo@sauerteig-kompass.example', phone: '+49 221 4711 0815' },
    responsibleForContent: { name: 'Eva Beispiel', address: { street: 'Brotweg 7', postalCode: '50667', city: 'Köln', country: 'DE' } },
    hosting: 'netlify',
  },
})
