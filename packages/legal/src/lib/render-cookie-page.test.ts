import { consentStorage, services } from '@nichepress/consent'
import { describe, expect, test } from 'vitest'
import { textOf } from '../../test/tree-text.js'
import { serializeLegalTree } from './hast-helpers.js'
import { legalConfigSchema } from './legal-config-schema.js'
import { renderCookiePage } from './render-cookie-page.js'

const config = legalConfigSchema.parse({ updated: '2026-11-01', hosting: 'vercel' })
const service = (id: string) => services.find((entry) => entry.id === id)!

function rowNames(html: string): string[] {
  return [...html.matchAll(/<tr><th scope="row"><code>([^<]+)<\/code>/g)].map((match) => match[1] ?? '')
}

describe('renderCookiePage', () => {
  test('the consent decision alone when no service is used', () => {
    expect(rowNames(serializeLegalTree(renderCookiePage(config, { services: [], networks: [], consentStorage }, 'de')))).toEqual([consentStorage.name])
  })

  test('one row per storage entry of each used service, linked to its privacy-policy section', () => {
    const analytics = service('google-analytics')
    const youtube = service('youtube')
    const html = serializeLegalTree(renderCookiePage(config, { services: [analytics, youtube], networks: [], consentStorage }, 'en'))
    expect(rowNames(html)).toEqual([consentStorage.name, ...analytics.cookies.map((entry) => entry.name), ...youtube.cookies.map((entry) => entry.name)])
    expect(html).toContain('<a href="/privacy/#service-google-analytics">Google Analytics')
    expect(html).not.toContain('vuid')
    expect(html).toContain(youtube.cookies[0]!.lifetime.en)
  })

  test('the settings button is a no-JS link the consent runtime hooks into', () => {
    const html = serializeLegalTree(renderCookiePage(config, { services: [], networks: [], consentStorage }, 'de'))
    expect(html).toContain('<a href="/cookies/" data-consent-open class="np-consent-open">Cookie-Einstellungen öffnen</a>')
    expect(textOf(renderCookiePage(config, { services: [], networks: [], consentStorage }, 'de'))).toContain('Stand der Angaben:')
  })
})

describe('the cookie page outside Germany', () => {
  const inputs = { services: [service('google-analytics')], networks: [], consentStorage }
  const page = (country: string, lang: 'de' | 'en') => textOf(renderCookiePage(legalConfigSchema.parse({ updated: '2026-11-01', country, hosting: 'vercel' }), inputs, lang))

  test('Austria names § 165 Abs. 3 TKG 2021, Switzerland the right to refuse of Art. 45c lit. b FMG; Germany adds nothing', () => {
    expect(page('AT', 'de')).toContain('Rechtsgrundlage ist § 165 Abs. 3 TKG 2021')
    expect(page('AT', 'en')).toContain('§ 165(3) of the Austrian Telecommunications Act 2021')
    expect(page('CH', 'de')).toContain('Nach Art. 45c lit. b FMG informieren wir Sie hier über jede Bearbeitung auf Ihrem Gerät und ihren Zweck: Sie können sie ablehnen')
    expect(page('CH', 'en')).toContain('you can refuse it')
    expect(page('DE', 'de')).not.toMatch(/TKG|FMG|TDDDG/)
  })
})
