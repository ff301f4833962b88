import type { AffiliateNetwork } from './affiliate-network.js'
import { admitad, cj, impact, partnerize } from './networks.js'

/**
 * Redirect shapes networks use on any host, including brands' own vanity tracking domains: the path
 * alone identifies the network, so a link on a host no registry lists is still recognised.
 * Each shape is specific enough that an ordinary page path does not match it.
 */
const shapes: ReadonlyArray<{ network: AffiliateNetwork; host?: RegExp; path?: RegExp }> = [
  // impact.com: /c/<partner id>/<ad id>/<campaign id> on imp.i<n>.net, *.sjv.io or goto.<brand>.com.
  { network: impact, host: /^imp\.i\d+\.net$/ },
  { network: impact, path: /^\/c\/\d{3,}\/\d+\/\d+(?:\/|$)/ },
  // CJ: /click-<pid>-<aid> and /links/<pid>/type/dlg/… on CJ's many click domains and CNAMEs.
  { network: cj, path: /^\/(?:click-\d{5,}-\d{5,}|links\/\d{5,}\/type\/dlg\/)/ },
  // Partnerize: /click/camref:<id> on prf.hn or a brand's vanity host.
  { network: partnerize, path: /^\/click\/camref:[^/]+/ },
  // Admitad: /g/<30 hex>/ or /goto/<hex>/ on ad.admitad.com and its short domains.
  { network: admitad, path: /^\/(?:g|goto)\/[0-9a-f]{30}(?:\/|$)/ },
]

/** The network whose redirect shape `url` has, whatever its host, or undefined. */
export function networkByShape(url: URL): AffiliateNetwork | undefined {
  const host = url.hostname.toLowerCase()
  const path = url.pathname.toLowerCase()
  for (const shape of shapes) {
    if (shape.host && !shape.host.test(host)) continue
    if (shape.path && !shape.path.test(path)) continue
    return shape.network
  }
  return undefined
}
