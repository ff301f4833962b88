import { consentStorage, services } from '@nichepress/consent'
import { describe, expect, test } from 'vitest'
import { byId, textOf } from '../../test/tree-text.js'
import { serializeLegalTree } from './hast-helpers.js'
import { legalConfigSchema } from './legal-config-schema.js'
import { renderCookiePage } from './render-cookie-page.js'
import { renderPrivacyPolicy } from './render-privacy-policy.js'

// The registry entries added in session 5 for vendors that had to be declared in `consent.custom` before:
// the privacy policy and the cookie page name each one from its entry alone.
const ids = ['awin', 'etracker', 'microsoft-advertising', 'x-pixel', 'trustpilot', 'dailymotion', 'twitch', 'podigee']
const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const config = legalConfigSchema.parse({
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address },
  contact: { email: 'hallo@kocherkompass.example' },
  responsibleForContent: { name: 'Jana Beispiel', address },
  hosting: 'netlify',
})

describe.each(ids)('%s', (id) => {
  const entry = services.find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`${id} is not in the registry`)
  const inputs = { services: [entry], networks: [], consentStorage }

  test.each(['de', 'en'] as const)('the privacy policy (%s) has its section: provider, purpose, its privacy policy, every storage entry', (lang) => {
    const section = byId(renderPrivacyPolicy(config, inputs, lang), `service-${id}`)
    expect(section).toBeDefined()
    const text = textOf(section!)
    expect(text).toContain(`${entry.provider.name}, ${entry.provider.address}`)
    expect(text).toContain(entry.purpose[lang])
    expect(text).toContain(entry.privacyPolicyUrl)
    expect(text).not.toContain(lang === 'de' ? 'speichert nichts auf Ihrem Endgerät' : 'stores nothing on your device')
    for (const cookie of entry.cookies) expect(text).toContain(`${cookie.name} (`)
    for (const cookie of entry.cookies) expect(text).toContain(cookie.lifetime[lang])
  })

  test.each(['de', 'en'] as const)('the cookie page (%s) lists its storage entries, linked to that section', (lang) => {
    const html = serializeLegalTree(renderCookiePage(config, inputs, lang))
    const rows = html.split('<tr>').filter((row) => row.includes(`#service-${id}"`))
    expect(rows).toHaveLength(entry.cookies.length)
    rows.forEach((row, index) => {
      expect(row).toContain(`>${entry.name}</a>`)
      expect(row).toContain(`<code>${entry.cookies[index]!.name}</code>`)
    })
  })
})

// Entries re-read in session 11 from the vendors' own documents (sources beside each entry): jsDelivr's operator
// and address (it named its earlier operator and a link), Umami's transfer basis (it named none).
describe('entries re-sourced in session 11', () => {
  const sectionText = (id: string, lang: 'de' | 'en') => {
    const entry = services.find((candidate) => candidate.id === id)!
    return textOf(byId(renderPrivacyPolicy(config, { services: [entry], networks: [], consentStorage }, lang), `service-${id}`)!)
  }
  test('jsDelivr: Volentio JSD Limited with its registered office, no cookie row', () => {
    const text = sectionText('jsdelivr', 'en')
    expect(text).toContain('Volentio JSD Limited, Suite 2a1, Northside House, Mount Pleasant, Barnet, EN4 9EB, United Kingdom')
    expect(text).not.toContain('Prospect One')
    expect(services.find((entry) => entry.id === 'jsdelivr')?.cookies).toEqual([])
  })
  test('Umami Cloud: the transfer to the USA on standard contractual clauses', () => {
    expect(sectionText('umami', 'de')).toContain('Ja, in folgende Drittländer: Vereinigte Staaten. Grundlage: Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO).')
  })
})
