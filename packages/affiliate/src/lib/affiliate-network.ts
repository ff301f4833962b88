/** Who runs an affiliate network: named in the privacy policy as a recipient of click data. */
export interface NetworkOperator {
  /** Legal company name. */
  name: string
  /** Postal address on one line. */
  address: string
  /** ISO 3166-1 alpha-2 country code, e.g. `DE`. */
  country: string
}

/**
 * One way a network's links look. A link matches when its host is one of `hosts` (or a subdomain of
 * one), its path starts with one of `paths` (when given) and it has at least one of `params` with a
 * non-empty value (when given).
 */
export interface LinkPattern {
  hosts: readonly string[]
  paths?: readonly string[]
  params?: readonly string[]
  /** Built-in patterns only: a regular expression the path (lower-cased) must match. */
  pathPattern?: RegExp
  /** Built-in patterns only: a last check on the parsed URL (e.g. "not Booking's own default id"). */
  test?: (url: URL) => boolean
}

/** Disclosure sentences a network's terms require, per language. */
export interface NetworkDisclosure {
  de: string
  en: string
}

/**
 * What a network's own privacy notice says about transfers of click data out of the EU/EEA, with the
 * notice (or record) it was taken from. Without it, the privacy policy makes no claim either way.
 */
export interface ThirdCountryTransfer {
  /** ISO codes of the third countries the notice names. */
  countries: readonly string[]
  /** The safeguard the notice names (Art. 45/46 GDPR), per language. */
  basis: NetworkDisclosure
  /** Where this was read: the provider's notice or an official record. */
  source: string
}

/** One affiliate network of the registry, or one defined in `affiliate.networks` of the config. */
export interface AffiliateNetwork {
  /** Permanent kebab-case id, stored in facts. */
  id: string
  name: string
  operator: NetworkOperator
  privacyPolicyUrl: string
  /** Link shapes; any one matching makes a link this network's. */
  patterns: readonly LinkPattern[]
  /** Wording the network's terms require on every page with its links. */
  disclosure?: NetworkDisclosure
  /** Transfers to third countries as the network's own notice states them (built-in entries, with source). */
  thirdCountryTransfer?: ThirdCountryTransfer
  /**
   * Built-in networks only: the required sentence per marketplace host whose program is run in
   * another language than the page's (amazon.fr wants its French sentence), keyed by host.
   */
  marketplaceDisclosure?: Readonly<Record<string, { lang: string; text: string }>>
  /**
   * Built-in networks only: marketplace hosts whose agreements ask for their own sentence, which the
   * registry does not have (not found on the network's own pages); a page linking one gets a warning.
   */
  marketplacesWithoutDisclosure?: readonly string[]
}
