import { describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { removeSite } from '../helpers/site.js'
import { buildWithPreset, sectionIdsOf, writeCaseSite, type SiteCase } from './legal-sites.js'

// Ten sites across operator kind, VAT id, language, host, analytics and affiliate links.
const cases: SiteCase[] = [
  { name: 'de-person-plain', language: 'de', operator: 'person', hasVatId: false, hosting: 'netlify', hasAnalytics: false, hasAffiliateLinks: false },
  { name: 'de-person-vat-all', language: 'de', operator: 'person', hasVatId: true, hosting: 'vercel', hasAnalytics: true, hasAffiliateLinks: true },
  { name: 'de-gmbh-vat-analytics', language: 'de', operator: 'gmbh', hasVatId: true, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: false },
  { name: 'de-gmbh-affiliate', language: 'de', operator: 'gmbh', hasVatId: false, hosting: 'vercel', hasAnalytics: false, hasAffiliateLinks: true },
  { name: 'de-gmbh-all', language: 'de', operator: 'gmbh', hasVatId: true, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: true },
  { name: 'en-person-all', language: 'en', operator: 'person', hasVatId: false, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: true },
  { name: 'en-gmbh-vat', language: 'en', operator: 'gmbh', hasVatId: true, hosting: 'vercel', hasAnalytics: false, hasAffiliateLinks: false },
  { name: 'en-person-vat-affiliate', language: 'en', operator: 'person', hasVatId: true, hosting: 'vercel', hasAnalytics: false, hasAffiliateLinks: true },
  { name: 'en-gmbh-analytics', language: 'en', operator: 'gmbh', hasVatId: false, hosting: 'netlify', hasAnalytics: true, hasAffiliateLinks: false },
  { name: 'de-person-analytics', language: 'de', operator: 'person', hasVatId: false, hosting: 'vercel', hasAnalytics: true, hasAffiliateLinks: false },
]

const paths = {
  de: { impressum: 'impressum/index.html', privacy: 'datenschutz/index.html', cookies: 'cookies/index.html', hostName: { netlify: 'Netlify, Inc.', vercel: 'Vercel Inc.' } },
  en: { impressum: 'legal-notice/index.html', privacy: 'privacy/index.html', cookies: 'cookies/index.html', hostName: { netlify: 'Netlify, Inc.', vercel: 'Vercel Inc.' } },
} as const

describe.each(cases)('$name', (site) => {
  test('builds and produces exactly the expected sections', async () => {
    const root = writeCaseSite(site)
    try {
      const documents = await buildWithPreset(root)
      const path = paths[site.language]
      const impressum = documents.get(path.impressum) ?? ''
      const privacy = documents.get(path.privacy) ?? ''
      const cookies = documents.get(path.cookies) ?? ''

      const impressumSections = ['provider', 'contact', ...(site.operator === 'gmbh' ? ['register'] : []), ...(site.hasVatId ? ['tax'] : []), 'responsible-for-content']
      expect(sectionIdsOf(impressum)).toEqual(impressumSections)
      expect(impressum.includes('Vertreten durch') || impressum.includes('Represented by')).toBe(site.operator === 'gmbh')

      expect(sectionIdsOf(privacy)).toEqual([
        'controller',
        'hosting',
        'contact',
        'consent-manager',
        ...(site.hasAnalytics ? ['service-google-analytics'] : []),
        ...(site.hasAffiliateLinks ? ['affiliate-amazon'] : []),
        'withdrawal',
        'objection',
        'rights',
      ])
      expect(privacy).toContain(path.hostName[site.hosting])
      expect(privacy).not.toContain(path.hostName[site.hosting === 'netlify' ? 'vercel' : 'netlify'])

      expect(cookies.includes('<code>_ga</code>')).toBe(site.hasAnalytics)
      expect(cookies).toContain('<code>np_consent</code>')
      for (const html of [impressum, privacy, cookies]) expect(html).toContain('<aside class="np-legal-note">')
      expect(privacy).toContain(`lang="${site.language}"`)
      for (const html of [impressum, privacy, cookies]) expect(await htmlErrors(html)).toEqual([])
    } finally {
      removeSite(root)
    }
  })
})
