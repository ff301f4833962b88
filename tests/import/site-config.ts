/** A complete German site config, so the imported sites build with every compliance plugin on. */
export function siteConfig(title: string, url: string, extra: Record<string, unknown> = {}): string {
  const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
  return JSON.stringify({
    title,
    url,
    language: 'de',
    legal: {
      updated: '2026-11-01',
      operator: { kind: 'person', name: 'Jana Beispiel', address },
      contact: { email: 'hallo@example.org', phone: '+49 40 66969 123' },
      responsibleForContent: { name: 'Jana Beispiel', address },
      hosting: 'netlify',
    },
    ...extra,
  })
}
