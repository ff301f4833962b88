import { z } from 'zod'
import { services } from './registry.js'
import { consentLanguages, defaultTexts, isConsentLanguage } from './texts.js'

const localized = z.object({ de: z.string(), en: z.string() })
const storageEntrySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['cookie', 'localStorage', 'sessionStorage']).default('cookie'),
  lifetime: localized,
  lifetimeDays: z.number().nonnegative().optional(),
  purpose: localized,
  firstParty: z.boolean(),
})

// A custom service that lists no `cookies` has not said what it stores: its cookie-page row says so
// instead of the legal pages claiming it stores nothing (`cookies: []` says that, explicitly).
const cookiesNotStated = {
  name: '*',
  kind: 'cookie',
  lifetime: {
    de: 'nicht angegeben (der Eintrag in consent.custom nennt keine Cookies; Angaben in der Datenschutzerklärung des Anbieters)',
    en: "not stated (the consent.custom entry lists no cookies; see the provider's privacy policy)",
  },
  purpose: { de: 'Cookies oder Speichereinträge des Anbieters, nicht einzeln angegeben.', en: "The provider's cookies or storage entries, not listed one by one." },
  firstParty: false,
} as const

/** A site's own service, in the registry's shape (matching lists default to empty; `cookies` to one "not stated" row). */
export const customServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case id'),
  name: z.string().min(1),
  category: z.enum(['necessary', 'statistics', 'marketing', 'external-media']),
  provider: z.object({ name: z.string(), address: z.string(), country: z.string().length(2) }),
  purpose: localized,
  legalBasis: z.enum(['consent', 'legitimate-interest']).default('consent'),
  needsConsent: z.boolean().default(true),
  cookies: z.array(storageEntrySchema).default(() => [{ ...cookiesNotStated }]),
  privacyPolicyUrl: z.url(),
  optOutUrl: z.url().optional(),
  thirdCountryTransfer: z.object({ countries: z.array(z.string()), basis: localized }).optional(),
  scriptHosts: z.array(z.string()).default([]),
  frameHosts: z.array(z.string()).default([]),
  pixelHosts: z.array(z.string()).default([]),
  urlPatterns: z.array(z.string()).optional(),
  inlineMarkers: z.array(z.string()).optional(),
  connectHosts: z.array(z.string()).optional(),
  styleHosts: z.array(z.string()).optional(),
  fontHosts: z.array(z.string()).optional(),
  imageHosts: z.array(z.string()).optional(),
  mediaHosts: z.array(z.string()).optional(),
  formHosts: z.array(z.string()).optional(),
  embed: z.boolean().optional(),
})

/**
 * A third-party host that may be contacted without consent (a CDN of your own, a plain image host),
 * with the reason. It is named in the privacy policy as a recipient and listed in the CSP.
 */
export const allowedHostSchema = z.object({
  host: z.string().regex(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, 'a host name like cdn.example.org'),
  reason: z.string().min(10, 'say why this host may load without consent (at least 10 characters)'),
  /** Who runs the host, for the privacy policy. */
  recipient: z.string().min(1).optional(),
  /** What it may load; default: images only. */
  kinds: z.array(z.enum(['script', 'frame', 'image', 'media', 'style', 'font', 'connect', 'object', 'form', 'navigate'])).default(['image']),
})
export type AllowedHost = z.output<typeof allowedHostSchema>

// Options a configured service's snippet needs; ids are checked so no script is built from bad input.
const serviceOptionsSchema = z.object({
  measurementId: z.string().regex(/^G-[A-Z0-9]+$/, 'a GA4 measurement id like G-ABC1234567').optional(),
  containerId: z.string().regex(/^GTM-[A-Z0-9]+$/, 'a container id like GTM-ABC123').optional(),
  conversionId: z.string().regex(/^AW-[0-9]+$/, 'a conversion id like AW-123456789').optional(),
  url: z.url().optional(),
  siteId: z.union([z.number().int().positive(), z.string().regex(/^[0-9]+$/)]).optional(),
  domain: z.string().regex(/^[a-z0-9.-]+$/i).optional(),
  src: z.url().optional(),
  projectId: z.string().regex(/^[a-z0-9]+$/i).optional(),
  pixelId: z.string().regex(/^[0-9]+$/).optional(),
  /**
   * Run this service without asking for consent: the site's own assessment that the measurement is
   * strictly necessary (§ 25(2) No. 2 TDDDG), with its reason. Only for a statistics service that stores
   * nothing on the device; the privacy policy then names it under Art. 6(1)(f) GDPR.
   */
  withoutConsent: z.object({ reason: z.string().trim().min(20, 'say why this measurement may run without consent (at least 20 characters)') }).strict().optional(),
})

// A language's texts: single keys over the built-in ones, or (for a language nichepress has no texts
// for) every key. Unknown keys are errors, so a typo never leaves a text silently unchanged.
const textKeys = Object.keys(defaultTexts.en).filter((key) => key !== 'categories')
const categoryText = z.object({ label: z.string().min(1), description: z.string().min(1) }).partial().strict()
const textsSchema = z
  .object({
    ...Object.fromEntries(textKeys.map((key) => [key, z.string().min(1).optional()])),
    categories: z.object({ necessary: categoryText, statistics: categoryText, marketing: categoryText, 'external-media': categoryText }).partial().strict().optional(),
  })
  .strict()
const textsLanguageKey = z.string().regex(/^[a-z]{2,3}$/, 'a lower-case language code like "de", "fr" or "sv" (the part of a page\'s `lang` before any "-")')

/** The keys a language without built-in texts lacks in `consent.texts.<code>` (`categories.statistics.label`…). */
export function missingTextKeys(given: Readonly<Record<string, unknown>>): string[] {
  const categories = (given['categories'] ?? {}) as Record<string, Record<string, unknown> | undefined>
  const missingCategories = Object.keys(defaultTexts.en.categories).flatMap((id) => ['label', 'description'].filter((part) => categories[id]?.[part] === undefined).map((part) => `categories.${id}.${part}`))
  return [...textKeys.filter((key) => given[key] === undefined), ...missingCategories]
}

/** The `consent` section of nichepress.config; every field has a default. */
export const consentConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    services: z.record(z.string(), serviceOptionsSchema).default({}),
    custom: z.array(customServiceSchema).default([]),
    unknownThirdParty: z.enum(['error', 'warn']).default('error'),
    allow: z.array(allowedHostSchema).default([]),
    /** Let content (posts, pages) run inline scripts that are no recognised consent-gated service. */
    allowContentScripts: z.boolean().default(false),
    expiryMonths: z.number().int().min(1).max(13, 'at most 13 months (EDPB, CNIL)').default(12),
    /** Texts by language code: single keys for a built-in language, all keys for another one. */
    texts: z.record(textsLanguageKey, textsSchema).default({}),
    storage: z.enum(['cookie', 'localStorage']).default('cookie'),
  })
  .superRefine((value, context) => {
    const known = new Set([...services.map((service) => service.id), ...value.custom.map((service) => service.id)])
    for (const [code, given] of Object.entries(value.texts)) {
      const missing = isConsentLanguage(code) ? [] : missingTextKeys(given)
      if (missing.length > 0) {
        context.addIssue({ code: 'custom', path: ['texts', code], message: `nichepress has no consent texts in "${code}" (built in: ${consentLanguages.join(', ')}), so every key is needed; missing: ${missing.join(', ')}` })
      }
    }
    for (const [id, options] of Object.entries(value.services)) {
      if (!known.has(id)) context.addIssue({ code: 'custom', path: ['services', id], message: `is not a known service (known: ${[...known].sort().join(', ')})` })
      const refusal = options.withoutConsent ? withoutConsentRefusal(id, value.custom) : undefined
      if (refusal) context.addIssue({ code: 'custom', path: ['services', id, 'withoutConsent'], message: refusal })
    }
  })

/**
 * Why `consent.services.<id>.withoutConsent` is refused for this service, or undefined when it may run
 * without consent: a registry statistics service whose entry lists no storage (the cookieless
 * measurements). Anything that stores on the device needs consent under § 25(1) TDDDG; a site's own
 * service says `needsConsent: false` in `consent.custom` instead.
 */
export function withoutConsentRefusal(id: string, custom: ReadonlyArray<{ id: string }> = []): string | undefined {
  if (custom.some((entry) => entry.id === id)) return `"${id}" is a consent.custom entry: set \`needsConsent: false\` and \`legalBasis: 'legitimate-interest'\` there instead`
  const service = services.find((entry) => entry.id === id)
  if (!service) return undefined
  const allowed = services.filter(isCookielessMeasurement).map((entry) => entry.id)
  if (!isCookielessMeasurement(service)) return `${service.name} ${service.category === 'statistics' ? 'stores data on the device (see its cookie-page rows), which needs consent (§ 25(1) TDDDG)' : `is no audience measurement (category ${service.category})`}; only a cookieless measurement may run without consent (${allowed.join(', ')})`
  return undefined
}

function isCookielessMeasurement(service: { category: string; cookies: readonly unknown[] }): boolean {
  return service.category === 'statistics' && service.cookies.length === 0
}

/** The validated `consent` options. */
export type ConsentOptions = z.output<typeof consentConfigSchema>
