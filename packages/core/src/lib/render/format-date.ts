const formatters = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
}

/** "12. März 2026" / "12 March 2026" from an ISO date; the time part, if any, is ignored. */
export function formatDate(isoDate: string, lang: 'de' | 'en'): string {
  return formatters[lang].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}
