import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultTheme, writeFiles } from '../../helpers/site.js'
import { type VendorSnippet, vendorSnippets } from './vendors.js'

// Every vendor of the corpus is a registry service: the site declares none in `consent.custom` (the 25
// it had to until session 10 are registry entries now, packages/consent/src/lib/services/).

/**
 * Hosts that load without consent: a self-hosted Plausible stores nothing on the device (§ 25 TDDDG does
 * not apply); it is named in the privacy policy as a recipient with the reason.
 */
export const allowedHosts = [{ host: 'stats.plausible-host.example', reason: 'Selbst gehostetes Plausible: keine Cookies, keine Speicherung auf dem Gerät, IP-Adressen werden nicht gespeichert.', recipient: 'Plausible-Server der Betreiberin', kinds: ['script', 'connect'] }]

/** A deliberately undeclared host, reached by a theme script that hides it from the analysis. */
export const hiddenHost = 'undeclared-tracker.example'
const hiddenHostProbe = `<script>(function(){var h=['undeclared-tracker','example'].join('.');try{fetch('https://'+h+'/collect',{mode:'no-cors'}).catch(function(){})}catch(e){}var i=new Image();i.src='https://'+h+'/p.gif'})()</script>`

/**
 * Writes a site with one post per vendor snippet, the analytics snippets also pasted into the
 * theme's head, and a theme script that reaches an undeclared host (only the CSP can stop it).
 */
export function writeCorpusSite(root: string): void {
  const config = {
    title: 'Kocherkompass',
    url: 'https://kocherkompass.example',
    language: 'de',
    consent: { services: { matomo: { url: 'https://stats.example.org/', siteId: 1 } }, allow: allowedHosts },
    legal: {
      updated: '2026-11-01',
      operator: { kind: 'person', name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
      contact: { email: 'hallo@kocherkompass.example', phone: '+49 40 66969 123' },
      responsibleForContent: { name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } },
      hosting: 'netlify',
    },
  }
  const head = readFileSync(join(defaultTheme, 'partials/head.hbs'), 'utf8')
  const themeSnippets = vendorSnippets.filter((snippet) => snippet.theme).map((snippet) => snippet.html)
  const files: Record<string, string> = {
    'nichepress.config.json': JSON.stringify(config, null, 2),
    'theme/partials/head.hbs': `${head}\n${themeSnippets.join('\n')}\n${hiddenHostProbe}\n`,
  }
  vendorSnippets.forEach((snippet, index) => {
    const date = new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10)
    // A snippet whose inline script a post may not run stands in the theme only (see `contentRefused`).
    files[`content/posts/${snippet.id}.md`] = corpusPost(snippet, date, snippet.contentRefused ? 'Dieses Snippet steht nur im Theme.' : snippet.html)
  })
  writeFiles(root, files)
}

/** The post of one snippet, with `body` after its source line. */
export function corpusPost(snippet: VendorSnippet, date: string, body: string): string {
  return `---\ntitle: "${snippet.vendor.replace(/"/g, "'")}"\ndate: ${date}\ndescription: "Snippet von ${snippet.vendor.replace(/"/g, "'")} (${snippet.source})."\n---\n\nQuelle: <${snippet.source}>\n\n${body}\n`
}

/** The config of the corpus site, for a site of its own (a refused post copy). */
export function corpusConfig(): Record<string, unknown> {
  return {
    title: 'Kocherkompass',
    url: 'https://kocherkompass.example',
    language: 'de',
    consent: { services: { matomo: { url: 'https://stats.example.org/', siteId: 1 } }, allow: allowedHosts },
    legal: { enabled: false },
  }
}
