import type { TextLanguage } from '../content/language.js'
import { escapeHtml } from '../render/serialize-head.js'

/** A noindex HTML page that sends visitors on, for hosts that ignore redirect rules. */
export function redirectPage(target: string, lang: string, textLanguage: TextLanguage): string {
  const href = escapeHtml(target)
  const text = textLanguage === 'de' ? 'Weiter zu' : 'Continue to'
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${text} ${href}</title>
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p><a href="${href}" rel="nofollow">${text} ${href}</a></p>
</body>
</html>
`
}
