/** The page's `<script type="application/json" id="np-consent-config">`, written by the plugin. */
export interface RuntimeConfig {
  revision: string
  expiryMonths: number
  storage: 'cookie' | 'localStorage'
  name: string
  privacyPolicyUrl: string
  imprintUrl: string
  texts: Record<string, string>
  /** The texts' language, set when the page is in another one: the banner and dialog carry it as `lang`. */
  lang?: string
  /** The legal pages' language where it differs from the texts': the banner's links to them carry it as `hreflang`. */
  legalLang?: string
  categories: Array<{ id: string; label: string; description: string }>
  services: RuntimeService[]
}

/** A configured or found service, as much as the browser needs. */
export interface RuntimeService {
  id: string
  name: string
  category: string
  provider: string
  /** First-party cookie names (`*` = any suffix), removed on withdrawal. */
  cookies: string[]
  /** First-party localStorage / sessionStorage keys, removed on withdrawal. */
  storage: string[]
  /** `analytics` or `ads` when Google Consent Mode v2 applies. */
  googleConsentMode?: 'analytics' | 'ads'
}

/** What is stored: only the decision. */
export interface Decision {
  revision: string
  categories: string[]
  services: string[]
  timestamp: number
}
