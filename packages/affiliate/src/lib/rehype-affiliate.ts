import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import type { disclosurePositions } from './affiliate-options.js'
import { createDisclosure, type DisclosurePage, type DisclosureSentence, disclosureSentences, processedAttribute } from './create-disclosure.js'
import { createMarker, defaultMarker, markerFor, type MarkerOption, type PageMarker } from './create-marker.js'
import { scanLinks, type DetectedLink } from './detect-affiliate-links.js'
import { pageGoLinksOf } from './go-links.js'
import { createSponsoredLabel } from './create-sponsored-label.js'
import type { Lang } from './wording.js'

/** Options of `rehypeAffiliate`; every field is optional. */
export interface RehypeAffiliateOptions {
  /** Text after each affiliate link, or one per language code. Default `*`; a word such as "(Anzeige)" is read aloud as is. */
  marker?: MarkerOption
  /** Where the disclosure goes. Default `before-first-link`. */
  position?: (typeof disclosurePositions)[number]
  /** Your own disclosure sentence per primary language subtag (`de`, `fr`…; `{marker}` is replaced); default: ours. */
  disclosure?: Readonly<Record<string, string>>
  /** Your own sponsored label per language code (`fr: 'Contenu sponsorisé'`); default: "Anzeige" / "Sponsored". */
  sponsoredLabel?: Readonly<Record<string, string>>
  /** Sentences per marketplace host the registry lacks (`affiliate.marketplaceDisclosure`), shown when the page links that host. */
  marketplaceDisclosure?: Readonly<Record<string, DisclosureSentence>>
  /** Networks besides the built-in registry. */
  networks?: readonly AffiliateNetwork[]
  /** `/go/<slug>/` links: slug → target URL, to know their network. */
  links?: Readonly<Record<string, string>>
  /** Text language when the file has no `file.data.textLanguage`. Default `de`. */
  lang?: Lang
  /** Content language when the file has no `file.data.lang`. Default: the text language. */
  pageLang?: string
  /** Hosts confirmed as affiliate programs (`affiliate.hosts`). */
  hosts?: readonly string[]
  /** Hosts or URL prefixes that are no affiliate links (`affiliate.ignore`). */
  ignore?: readonly string[]
  /** The site's URL: `https://<own host>/go/x/` links are cloaked links too. */
  siteUrl?: string
}

/** The link relations every affiliate link gets (Google asks for `sponsored`). */
export const affiliateRel = ['sponsored', 'nofollow', 'noopener'] as const

/**
 * rehype plugin: marks affiliate links (`rel`, marker), adds the disclosure and the sponsored label,
 * and leaves what it found on `file.data.facts.affiliate`. Running it twice changes nothing more.
 * Front matter `affiliate: false` leaves links untouched (they are still recorded);
 * `sponsored: true` labels the page; `affiliateLinks` adds `/go/` slugs.
 */
export function rehypeAffiliate(options: RehypeAffiliateOptions = {}) {
  const markerOption = options.marker ?? defaultMarker
  const position = options.position ?? 'before-first-link'
  const customNetworks = options.networks ?? []
  return (tree: Root, file: VFile): void => {
    const frontMatter = file.data.frontMatter as Readonly<Record<string, unknown>> | undefined
    const textLanguage = file.data.textLanguage ?? options.lang ?? 'de'
    const page: DisclosurePage = { lang: file.data.lang ?? options.pageLang ?? textLanguage, textLanguage }
    const marker = markerFor(markerOption, page)
    const isSponsored = frontMatter?.['sponsored'] === true
    const isEnabled = frontMatter?.['affiliate'] !== false
    const { links, suspects } = scanLinks(tree, {
      goLinks: { ...options.links, ...pageGoLinksOf(frontMatter) },
      customNetworks,
      hosts: options.hosts ?? [],
      ignore: options.ignore ?? [],
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    })
    if (links.length === 0 && !isSponsored && suspects.length === 0) return

    const disclosure: AffiliateFacts['disclosure'] = links.length === 0 || !isEnabled ? 'none' : position === 'before-first-link' ? 'inline' : position
    if (isEnabled) {
      for (const link of links) markLink(link.element, marker, page)
      if ((disclosure === 'inline' || disclosure === 'top') && !hasProcessedNode(tree, 'disclosure')) {
        const urls = links.map((link) => link.fact.target ?? link.fact.href)
        const sentences = disclosureSentences({ page, marker: marker.text, override: options.disclosure ?? {}, networks: networksOf(links), urls, marketplaceDisclosure: options.marketplaceDisclosure ?? {} })
        insertAt(tree, disclosure === 'top' ? 0 : (links[0]?.rootIndex ?? 0), createDisclosure(page, sentences))
      }
    }
    if (isSponsored && !hasProcessedNode(tree, 'sponsored')) insertAt(tree, 0, createSponsoredLabel(page, options.sponsoredLabel))

    const facts: AffiliateFacts = { links: links.map((link) => link.fact), sponsored: isSponsored, disclosure, ...(suspects.length > 0 ? { suspects } : {}) }
    file.data.facts = { ...file.data.facts, [affiliateFactsKey]: facts }
  }
}

function markLink(element: Element, marker: PageMarker, page: DisclosurePage): void {
  if (element.properties[processedAttribute] !== undefined) return
  const rel = element.properties.rel
  const existing = Array.isArray(rel) ? rel.map(String) : rel === undefined || rel === null ? [] : String(rel).split(/\s+/).filter(Boolean)
  element.properties.rel = [...new Set([...existing, ...affiliateRel])]
  element.properties[processedAttribute] = 'link'
  element.children.push(createMarker(marker, page) satisfies ElementContent)
}

/** Distinct networks of the links, in order of first appearance. */
export function networksOf(links: readonly DetectedLink[]): AffiliateNetwork[] {
  return [...new Set(links.flatMap((link) => link.network ?? []))]
}

function hasProcessedNode(tree: Root, kind: 'disclosure' | 'sponsored'): boolean {
  return tree.children.some((node) => node.type === 'element' && node.properties[processedAttribute] === kind)
}

function insertAt(tree: Root, index: number, node: RootContent): void {
  tree.children.splice(index, 0, node, { type: 'text', value: '\n' })
}
