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
}

/** Disclosure sentences a network's terms require, per language. */
export interface NetworkDisclosure {
  de: string
  en: string
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
}
