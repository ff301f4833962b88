import { expect, test } from 'vitest'
import { consentConfigSchema } from './consent-config-schema.js'
import { bannerText } from './runtime-config.js'
import { services } from './registry.js'
import { siteTexts } from './site-texts.js'
import { consentLanguageOf, consentLanguages, defaultTexts, languagePacks } from './texts.js'

test('built-in consent languages', () => {
  expect(consentLanguages).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'])
})

// One service per category that needs consent: the banner then names all three.
const oneOfEach = (['statistics', 'marketing', 'external-media'] as const).map((category) => services.find((service) => service.needsConsent && service.category === category)!)

test.each(consentLanguages)('%s: every text is set, in its own words, with the placeholders English has', (code) => {
  const texts = defaultTexts[code]
  const english = defaultTexts.en
  for (const [key, value] of Object.entries(texts)) {
    if (key === 'categories') continue
    expect(value, key).toMatch(/\S/)
    for (const placeholder of String(english[key as keyof typeof english]).match(/\{\w+\}/g) ?? []) expect(value, key).toContain(placeholder)
    if (code !== 'en' && !['bannerPrivacyLink', 'categories'].includes(key)) expect(value, key).not.toBe(english[key as keyof typeof english])
  }
  for (const category of Object.values(texts.categories)) expect(category.label.length * category.description.length).toBeGreaterThan(0)
  // Reject is as short and plain as accept (CNIL 2020-092; EDPB Cookie Banner Taskforce 2023).
  expect(Math.abs(texts.acceptAll.length - texts.rejectAll.length)).toBeLessThanOrEqual(4)
})

test.each(consentLanguages)('%s: the banner\'s first sentence names the categories used, the rest stays', (code) => {
  const pack = languagePacks[code]
  const rest = pack.texts.bannerText.slice(pack.texts.bannerText.indexOf('.') + 1)
  const words = pack.categoryWords
  expect(bannerText(oneOfEach, code, pack.texts)).toBe(`${pack.bannerLead.replace('{list}', `${words.statistics}, ${words.marketing}${pack.and}${words['external-media']}`)}${rest}`)
  expect(rest).toMatch(/^ \S.*\S$/)
  const statisticsOnly = bannerText(oneOfEach.slice(0, 1), code, pack.texts)
  expect(statisticsOnly).toBe(`${pack.bannerLead.replace('{list}', pack.categoryWords.statistics)}${pack.texts.bannerText.slice(pack.texts.bannerText.indexOf('.') + 1)}`)
  expect(statisticsOnly).not.toContain(pack.categoryWords.marketing)
})

test.each([
  { lang: 'fr-CA', textLanguage: 'de', expected: 'fr' },
  { lang: 'pt-BR', textLanguage: 'en', expected: 'pt' },
  { lang: 'NL', textLanguage: 'de', expected: 'nl' },
  { lang: 'sv', textLanguage: 'de', expected: 'de' },
  { lang: 'ja', textLanguage: 'en', expected: 'en' },
])('a page in $lang (text language $textLanguage) gets consent texts in $expected', ({ lang, textLanguage, expected }) => {
  expect(consentLanguageOf(lang, textLanguage)).toBe(expected)
})

test('a language the config writes in full is used; a partial one is an error naming every missing key', () => {
  const full = { ...defaultTexts.en, bannerTitle: 'Integritetsinställningar' }
  const options = consentConfigSchema.parse({ texts: { sv: full, fr: { rejectAll: 'Refuser' } } })
  const texts = siteTexts(options)
  expect(consentLanguageOf('sv-FI', 'de', new Set(texts.keys()))).toBe('sv')
  expect(texts.get('sv')?.bannerTitle).toBe('Integritetsinställningar')
  expect(texts.get('fr')).toMatchObject({ rejectAll: 'Refuser', acceptAll: 'Tout accepter' })

  const partial = consentConfigSchema.safeParse({ texts: { sv: { bannerTitle: 'Integritetsinställningar', categories: { necessary: { label: 'Nödvändiga' } } } } })
  expect(partial.success).toBe(false)
  const issue = partial.error?.issues.find((entry) => entry.path.join('.') === 'texts.sv')
  expect(issue?.message).toContain('missing: bannerText, acceptAll, rejectAll')
  expect(issue?.message).toContain('categories.necessary.description')
  expect(issue?.message).not.toContain('categories.necessary.label')
})

test('an unknown text key is an error, not ignored', () => {
  const result = consentConfigSchema.safeParse({ texts: { de: { acceptAl: 'Alles klar' } } })
  expect(result.success).toBe(false)
  expect(JSON.stringify(result.error?.issues)).toContain('acceptAl')
})

test('single category texts of a built-in language are overridden', () => {
  const texts = siteTexts(consentConfigSchema.parse({ texts: { it: { categories: { statistics: { label: 'Statistiche' } } } } }))
  expect(texts.get('it')?.categories.statistics).toEqual({ label: 'Statistiche', description: defaultTexts.it.categories.statistics.description })
})
