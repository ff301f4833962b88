import { z } from 'zod'
import type { AffiliateNetwork } from './affiliate-network.js'

const hostName = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/i, 'a host name like "partner.example.com" (no protocol, no path)')
  .transform((value) => value.toLowerCase())

const goSlug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes, like "gaskocher-amazon"')
const webUrl = z.url({ protocol: /^https?$/ })

/** `/go/<slug>/` links: slug → target URL. */
export const goLinksSchema = z.record(goSlug, webUrl)

const customNetwork = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id like "my-shop"'),
    name: z.string().min(1),
    hosts: z.array(hostName).min(1),
    paths: z.array(z.string().startsWith('/')).optional(),
    params: z.array(z.string().min(1)).optional(),
    // A privacy policy must name who receives the click, so a custom network names its operator.
    operator: z.object({ name: z.string().min(1), address: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/, 'an ISO country code like "DE"') }).strict(),
    privacyPolicyUrl: webUrl,
    disclosure: z.object({ de: z.string().min(1), en: z.string().min(1) }).strict().optional(),
  })
  .strict()

/** A key of `affiliate.disclosure`: the primary language subtag a page's `lang` starts with. */
const disclosureLanguageKey = z.string().regex(/^[a-z]{2,3}$/, 'a lower-case language code like "de", "en" or "fr" (the part of a page\'s `lang` before any "-")')

const markerText = z.string().max(40)

/** Where the disclosure goes: before the first affiliate link, at the top of the content, or into `{{disclosure}}`. */
export const disclosurePositions = ['before-first-link', 'top', 'template'] as const

/** The `affiliate` section of nichepress.config; every field has a default. */
export const affiliateOptionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    // One marker, or one per language code like `disclosure` (a page takes its own language's, else its text language's, else `*`).
    marker: z.union([markerText, z.record(disclosureLanguageKey, markerText)]).default('*'),
    position: z.enum(disclosurePositions).default('before-first-link'),
    // Keyed by primary language subtag: a page in that language (fr, fr-CA…) shows it; see disclosureLanguageKey.
    disclosure: z.record(disclosureLanguageKey, z.string().min(1)).default({}),
    // The label of `sponsored: true` pages, by language code like `disclosure` (ours: "Anzeige", "Sponsored").
    sponsoredLabel: z.record(disclosureLanguageKey, z.string().min(1).max(40)).default({}),
    // Sentences an Amazon marketplace's Operating Agreement asks for that the registry does not have
    // (amazon.pl, .se…): keyed by host, in the marketplace's language, copied from its Associates Central.
    marketplaceDisclosure: z.record(hostName, z.object({ lang: disclosureLanguageKey, text: z.string().min(1) }).strict()).default({}),
    networks: z.array(customNetwork).default([]),
    links: goLinksSchema.default({}),
    // Links nichepress finds affiliate-shaped but cannot place (a warning): confirm their host here…
    hosts: z.array(hostName).default([]),
    // …or dismiss them: a host ("docs.example.com") or a URL prefix ("https://example.com/shop/").
    ignore: z.array(z.union([hostName, z.url({ protocol: /^https?$/ })])).default([]),
  })
  .strict()

/** The `affiliate` config section as written. */
export type AffiliateOptionsInput = z.input<typeof affiliateOptionsSchema>
/** The `affiliate` config section after defaults. */
export type AffiliateOptions = Readonly<z.output<typeof affiliateOptionsSchema>>

/** Turns `affiliate.networks` config entries into registry entries. */
export function customNetworksOf(options: AffiliateOptions): AffiliateNetwork[] {
  return options.networks.map(({ hosts, paths, params, ...rest }) => ({
    ...rest,
    patterns: [{ hosts, ...(paths ? { paths } : {}), ...(params ? { params } : {}) }],
  }))
}
