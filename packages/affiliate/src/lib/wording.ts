/** Page languages nichepress renders. */
export type Lang = 'de' | 'en'

/** Default disclosure sentence; `{marker}` becomes the configured marker. */
export const defaultDisclosure: Readonly<Record<Lang, string>> = {
  // § 5a UWG and the FTC both ask for plain words next to the links: say it is advertising and that we earn.
  de: 'Hinweis: Mit {marker} gekennzeichnete Links sind Affiliate-Links (Werbung). Kaufst du darüber ein, erhalte ich eine Provision; für dich ändert sich der Preis nicht.',
  en: 'Note: links marked {marker} are affiliate links (advertising). If you buy through them, I earn a commission at no extra cost to you.',
}

/** Disclosure sentence when the marker is empty. */
export const defaultDisclosureWithoutMarker: Readonly<Record<Lang, string>> = {
  de: 'Hinweis: Dieser Beitrag enthält Affiliate-Links (Werbung). Kaufst du darüber ein, erhalte ich eine Provision; für dich ändert sich der Preis nicht.',
  en: 'Note: this post contains affiliate links (advertising). If you buy through them, I earn a commission at no extra cost to you.',
}

/** What screen readers hear for a symbol marker such as `*`. */
export const markerSpokenText: Readonly<Record<Lang, string>> = { de: '(Affiliate-Link)', en: '(affiliate link)' }

/** Accessible name of the disclosure block. */
export const disclosureLabel: Readonly<Record<Lang, string>> = { de: 'Werbehinweis', en: 'Advertising disclosure' }

/** The label of a `sponsored: true` post. */
export const sponsoredLabel: Readonly<Record<Lang, string>> = { de: 'Anzeige', en: 'Sponsored' }
