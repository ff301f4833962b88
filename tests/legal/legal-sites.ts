import { buildSite } from '@nichepress/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeSite, presetPath } from '../helpers/site.js'

// Fixture sites for the legal pages, generated into temp folders and built with the CLI preset.

/** One row of the site matrix. */
export interface SiteCase {
  name: string
  language: 'de' | 'en'
  operator: 'person' | 'gmbh'
  hasVatId: boolean
  hosting: 'netlify' | 'vercel'
  hasAnalytics: boolean
  hasAffiliateLinks: boolean
}

const address = { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }

/** The `legal` section for a case. */
export function legalSection(site: SiteCase): Record<string, unknown> {
  const operator =
    site.operator === 'person'
      ? { kind: 'person', name: 'Erika Mustermann', address }
      : { kind: 'entity', name: 'Beispiel Medien', legalForm: 'GmbH', representatives: ['Erika Mustermann'], address }
  return {
    updated: '2026-11-01',
    operator,
    contact: { email: 'kontakt@beispiel.example', phone: '+49 40 1234567' },
    responsibleForContent: { name: 'Erika Mustermann', address },
    hosting: site.hosting,
    ...(site.operator === 'gmbh' ? { register: { court: 'Amtsgericht Hamburg', number: 'HRB 654321' } } : {}),
    ...(site.hasVatId ? { vatId: 'DE999999999' } : {}),
  }
}

/** Writes the case's site into a temp folder and returns its root. */
export function writeCaseSite(site: SiteCase): string {
  const config = {
    title: `Testblog ${site.name}`,
    url: 'https://blog.example',
    language: site.language,
    legal: legalSection(site),
    ...(site.hasAnalytics ? { consent: { services: { 'google-analytics': { measurementId: 'G-ABC1234567' } } } } : {}),
  }
  const link = site.hasAffiliateLinks ? '\n\nZum [Angebot](https://www.amazon.de/dp/B07ABCDEFG?tag=beispiel-21).\n' : '\n'
  return makeSite({
    'nichepress.config.json': JSON.stringify(config, null, 2),
    'content/posts/erster-beitrag.md': `---\ntitle: Erster Beitrag\ndate: 2026-10-01\ndescription: Ein kurzer Testbeitrag.\n---\n\nEin Absatz Text für den Test.${link}`,
  })
}

/** Builds a site with the CLI preset; returns its HTML documents by output path. */
export async function buildWithPreset(root: string): Promise<Map<string, string>> {
  const result = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false })
  const documents = new Map<string, string>()
  for (const path of result.files) if (path.endsWith('.html')) documents.set(path, readFileSync(join(result.outDir, path), 'utf8'))
  return documents
}

/** Ids of the `<section>`s in a document, in order. */
export function sectionIdsOf(html: string): string[] {
  return [...html.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1] ?? '')
}
