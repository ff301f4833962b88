import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { removeSite } from '../helpers/site.js'
import { buildWithPreset, writeCaseSite, type SiteCase } from './legal-sites.js'

// German operators' legal pages stay byte for byte what they were while Austria, Switzerland and
// other languages are added beside them: the legal text of each legal page of real built sites (from
// the theme's content block to the closing note), in German and English, is compared with the stored copy. Regenerate only on purpose (UPDATE=1) and
// read the diff: a change here changes every German site's Impressum or privacy policy.

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'german-output')

const cases: SiteCase[] = [
  { name: 'de-person-vat-all', language: 'de', operator: 'person', hasVatId: true, hosting: 'vercel', hasAnalytics: true, hasAffiliateLinks: true },
  { name: 'de-gmbh-all', language: 'de', operator: 'gmbh', hasVatId: true, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: true },
  { name: 'en-person-all', language: 'en', operator: 'person', hasVatId: false, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: true },
]

const pages = {
  de: ['impressum/index.html', 'datenschutz/index.html', 'cookies/index.html'],
  en: ['legal-notice/index.html', 'privacy/index.html', 'cookies/index.html'],
} as const

// What the legal plugin wrote: the theme's content block holds it, and the note ends it.
function legalTextOf(html: string): string {
  const start = html.indexOf('<div class="content">')
  const end = html.indexOf('</aside>', start)
  return start === -1 || end === -1 ? '' : `${html.slice(start, end + '</aside>'.length)}\n`
}

describe.each(cases)('$name', (site) => {
  test('the legal pages of a German operator are unchanged, byte for byte', async () => {
    const root = writeCaseSite(site)
    // A January date: the month a German page names "Januar" and an Austrian one "Jänner".
    const configFile = join(root, 'nichepress.config.json')
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('"updated": "2026-11-01"', '"updated": "2026-01-15"'))
    try {
      const documents = await buildWithPreset(root)
      for (const path of pages[site.language]) {
        const actual = legalTextOf(documents.get(path) ?? '')
        const file = join(fixtures, `${site.name}-${path.split('/')[0]}.html`)
        if (process.env['UPDATE'] === '1') {
          mkdirSync(fixtures, { recursive: true })
          writeFileSync(file, actual)
        }
        expect(existsSync(file), `${file} is missing: run with UPDATE=1 and commit it`).toBe(true)
        expect(actual, file).toBe(readFileSync(file, 'utf8'))
      }
    } finally {
      removeSite(root)
    }
  })
})
