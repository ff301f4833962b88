import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { buildContentSecurityPolicy } from './content-security-policy.js'
import { collectInlineHashes } from './inline-hashes.js'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

test('hashes executed and consent-gated inline scripts, not data blocks or external scripts', () => {
  const html = [
    '<script>window.a = 1</script>',
    '<script type="module">import "/x.js"</script>',
    '<script type="text/plain" data-consent-service="google-analytics">gtag("config")</script>',
    '<script type="text/plain">not run</script>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '<script type="application/json" id="d">{"a":1}</script>',
    '<script src="/app.js"></script>',
    '<style>p{color:red}</style><p style="color: blue" onclick="go()">x</p>',
  ].join('\n')
  const hashes = collectInlineHashes([html, html])
  expect(hashes.scripts).toEqual([sha('window.a = 1'), sha('import "/x.js"'), sha('gtag("config")')].sort())
  expect(hashes.styles).toEqual([sha('p{color:red}')])
  expect(hashes.styleAttributes).toEqual([sha('color: blue')])
  expect(hashes.scriptAttributes).toEqual([sha('go()')])
})

test('the policy merges hashes and plugin sources into stable directives', () => {
  const policy = buildContentSecurityPolicy(
    { scripts: ["'sha256-abc'"], styles: [], scriptAttributes: [], styleAttributes: [] },
    { 'script-src': ['https://www.googletagmanager.com'], 'frame-src': ['https://www.youtube-nocookie.com'] },
  )
  expect(policy).toBe(
    "default-src 'self'; script-src 'self' 'sha256-abc' https://www.googletagmanager.com; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; frame-src 'self' https://www.youtube-nocookie.com; upgrade-insecure-requests",
  )
})
