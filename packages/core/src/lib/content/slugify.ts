const transliterations: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' }

/**
 * Makes a URL slug: German umlauts transliterated, other accents dropped, dashes between words.
 * `+` and `#` right after a letter or digit are spelt out, so `C++`, `C#` and `C` stay apart.
 * Only a-z, 0-9 and `-` come out; the result is empty for text without Latin letters or digits
 * (see `urlSlug`).
 */
export function slugify(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}+])\+/gu, ' plus ')
    .replace(/(?<=[\p{L}\p{N}])#/gu, ' sharp ')
    .replace(/[äöüßÄÖÜ]/g, (letter) => transliterations[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
}

/**
 * A slug for any text, never empty: `slugify` where that has something; else the text's letters and
 * digits in any script, percent-encoded (`日本語` → `%E6%97%A5%E6%9C%AC%E8%AA%9E`, served as
 * `/日本語/`); else, for text of symbols only (emoji), their code points (`🔥` → `u1f525`).
 * Stable: the same text always gives the same slug.
 */
export function urlSlug(text: string): string {
  const latin = slugify(text)
  if (latin !== '') return latin
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu)
  if (words) return encodeURIComponent(words.join('-'))
  const symbols = [...text.trim()].filter((character) => /\S/u.test(character)).slice(0, 8)
  if (symbols.length === 0) return 'unbenannt'
  const codes = symbols.map((character) => `u${(character.codePointAt(0) ?? 0).toString(16)}`).filter((code) => code !== 'ufe0f' && code !== 'u200d')
  return codes.length === 0 ? 'unbenannt' : codes.join('-')
}
