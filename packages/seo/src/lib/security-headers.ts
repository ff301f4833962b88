/** Headers every page gets besides the CSP; strict defaults a static blog does not need to loosen. */
export const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  // Two years, as hstspreload.org asks; `preload` stays opt-in (via `headers.extra`) because it is hard to undo.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
]

/**
 * The response headers for every path: the CSP (when enabled), the security headers above,
 * `X-Robots-Tag: noindex` on previews, then `extra`, which replaces a header of the same name.
 */
export function responseHeaders(options: { contentSecurityPolicy: string | undefined; isPreview: boolean; extra: Readonly<Record<string, string>> | undefined }): Array<[string, string]> {
  const headers = new Map<string, [string, string]>()
  const set = (name: string, value: string) => headers.set(name.toLowerCase(), [name, value])
  if (options.contentSecurityPolicy !== undefined) set('Content-Security-Policy', options.contentSecurityPolicy)
  for (const [name, value] of securityHeaders) set(name, value)
  if (options.isPreview) set('X-Robots-Tag', 'noindex')
  for (const name of Object.keys(options.extra ?? {}).sort()) set(name, options.extra?.[name] ?? '')
  return [...headers.values()]
}
