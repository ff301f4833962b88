// EU member states plus Iceland, Liechtenstein and Norway: no third-country transfer (Chapter V GDPR).
const eeaCountries: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
])

/** True when `country` (ISO code) is in the EU or the EEA. */
export function isInEea(country: string): boolean {
  return eeaCountries.has(country)
}
