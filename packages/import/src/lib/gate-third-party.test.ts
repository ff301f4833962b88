import { blockDocument, defaultTexts } from '@nichepress/consent'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { gateThirdParty, type ThirdPartyFinding } from './gate-third-party.js'
import { imageToLinkMarker, rewriteMarkdownUrls } from './rewrite-markdown-urls.js'
import { importWordpress } from './wordpress/import-wordpress.js'

const ownHosts = new Set(['old-blog.example'])

function gate(html: string, lang: 'de' | 'en' = 'de') {
  const found: ThirdPartyFinding[] = []
  const result = gateThirdParty(html, { file: 'export.xml', line: 10, ownHosts, lang, found: (finding) => found.push(finding) }) ?? html
  return { html: result, found }
}

// What the build's consent analysis still finds unknown in the result (it must find nothing). The old
// site's own absolute URLs are made root-relative later in the import (finish-import.ts), so here its host
// counts as the site's.
function unknownInBuild(html: string) {
  return blockDocument(html, { siteHost: 'old-blog.example', customServices: [], texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/', content: true, allowContentScripts: true }).facts.unknownThirdParties.map((entry) => `${entry.host} <${entry.tag}>`)
}

test('images, picture sources, video, stylesheets, style url() and noscript pixels on unknown hosts: nothing is left that the build refuses', () => {
  const html = [
    '<p><img src="https://i0.wp.com/photos.example/2019/03/kocher.jpg?w=800" alt="Der Kocher" width="800"></p>',
    '<a href="https://old-blog.example/big.jpg"><img src="https://cdn.photos.example/thumb.jpg" srcset="https://cdn.photos.example/thumb@2x.jpg 2x" alt="Vorschau"></a>',
    '<picture><source srcset="https://img.example.net/a.webp" type="image/webp"><img src="/local.jpg" alt="Bergsee"></picture>',
    '<video controls poster="https://media.example.org/poster.jpg"><source src="https://media.example.org/clip.mp4" type="video/mp4"></video>',
    '<link rel="stylesheet" href="https://cdn.styles.example/gallery.css">',
    '<div class="wp-block-cover" style="background-image:url(https://bg.example.com/hero.jpg);min-height:400px"><p>Titel</p></div>',
    '<noscript><img src="https://px.tracker.example/p.gif" alt=""></noscript>',
    '<img src="https://old-blog.example/wp-content/uploads/own.jpg" alt="eigenes Bild">',
    '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
  ].join('\n')
  expect(unknownInBuild(html).length).toBeGreaterThan(5)
  const { html: gated, found } = gate(html)
  expect(unknownInBuild(gated)).toEqual([])
  // Images and media become links to the file, with the alt text; inside a link, the text only.
  expect(gated).toContain('<a href="https://i0.wp.com/photos.example/2019/03/kocher.jpg?w=800">Bild: Der Kocher (i0.wp.com)</a>')
  expect(gated).toContain('<a href="https://old-blog.example/big.jpg">Bild: Vorschau (cdn.photos.example)</a>')
  expect(gated).toContain('<a href="https://img.example.net/a.webp">Bild: Bergsee (img.example.net)</a>')
  expect(gated).toMatch(/<a href="https:\/\/media\.example\.org\/[a-z]+\.(jpg|mp4)">Video \(media\.example\.org\)<\/a>/)
  // The stylesheet and the pixel are gone; the cover keeps its text without the background.
  expect(gated).not.toContain('gallery.css')
  expect(gated).not.toContain('<noscript>')
  expect(gated).toContain('<div class="wp-block-cover"><p>Titel</p></div>')
  // The old site's own files and registry services stay (the consent plugin gates YouTube).
  expect(gated).toContain('own.jpg')
  expect(gated).toContain('<iframe src="https://www.youtube.com/embed/abc"></iframe>')
  expect(found.map((finding) => `${finding.host} ${finding.outcome} line ${finding.line}`)).toEqual([
    'i0.wp.com linked line 10',
    'cdn.photos.example linked line 11',
    'img.example.net linked line 12',
    'media.example.org linked line 13',
    'cdn.styles.example removed line 14',
    'bg.example.com style-removed line 15',
    'px.tracker.example removed line 16',
  ])
})

test('scripts from unknown hosts, also loaders in inline scripts, are removed; frames become links; English labels', () => {
  const html = '<script src="https://cdn.widgets.example/w.js"></script><script>var s=document.createElement("script");s.src="https://loader.example/x.js";document.head.appendChild(s)</script><iframe src="https://maps.other.example/embed?id=1" title="Karte"></iframe>'
  const { html: gated, found } = gate(html, 'en')
  expect(unknownInBuild(gated)).toEqual([])
  expect(gated).toBe('<a href="https://maps.other.example/embed?id=1">Content: Karte (maps.other.example)</a>')
  expect(found.map((finding) => finding.host)).toEqual(['cdn.widgets.example', 'loader.example', 'maps.other.example'])
})

test('a form that sent to an unknown host keeps its labels and fields as text and sends nothing', () => {
  const html = [
    '<form action="https://newsletter.unknown-mailer.example/subscribe" method="post">',
    '<label for="m">Deine E-Mail-Adresse</label> <input id="m" type="email" name="EMAIL" placeholder="name@example.org">',
    '<input type="hidden" name="list" value="42"><p>Thema: <select name="t"><option>Zelte</option><option>Kocher &amp; Co</option></select></p>',
    '<textarea name="msg" aria-label="Nachricht"></textarea><button type="submit">Anmelden</button>',
    '</form>',
  ].join('\n')
  expect(unknownInBuild(html)).toEqual(['newsletter.unknown-mailer.example <form>'])
  const { html: gated, found } = gate(html)
  expect(unknownInBuild(gated)).toEqual([])
  expect(gated).toBe('<p>Deine E-Mail-Adresse [name@example.org]<br>Thema: [Zelte / Kocher &amp; Co]<br>[Nachricht]</p>')
  expect(found.map((finding) => `${finding.host} ${finding.kind} ${finding.outcome}`)).toEqual(['newsletter.unknown-mailer.example form form-text'])
})

test('markup without unknown hosts is left byte for byte', () => {
  const html = '<figure class="wp-block-image"><img src="/wp-content/uploads/a.jpg" alt=""><figcaption>A</figcaption></figure>'
  expect(gateThirdParty(html, { file: 'a', line: 1, ownHosts, lang: 'de', found: () => undefined })).toBeUndefined()
})

test('a Markdown image marked by the rewrite becomes a link with its alt text; inside a link, the text', () => {
  const markdown = 'Vorher ![Der [neue] Kocher](https://i0.wp.com/x.jpg "Titel") und [![Logo](//cdn.example/l.png)](https://old-blog.example/) nachher.\n'
  const marked = rewriteMarkdownUrls(markdown, (url, place) => (place === 'image' ? `${imageToLinkMarker}Bild{alt} (${new URL(url, 'https://x').hostname})` : undefined))
  expect(marked.markdown).toBe('Vorher [Bild: Der \\[neue\\] Kocher (i0.wp.com)](https://i0.wp.com/x.jpg) und [Bild: Logo (cdn.example)](https://old-blog.example/) nachher.\n')
})

test('a reference-style image on an unknown host becomes a link through the same definition, in every reference form', () => {
  const markdown = 'Voll ![Der Kocher][kocher], leer ![kocher][], kurz ![kocher] und verlinkt [![Logo][kocher]](/start/); eigenes ![Bild][own].\n\n[kocher]: https://cdn.example/k.jpg "Titel"\n[own]: /wp-content/uploads/a.jpg\n'
  const marked = rewriteMarkdownUrls(markdown, (url, place) => (place === 'image' && url.startsWith('https://cdn.example/') ? `${imageToLinkMarker}Bild{alt} (cdn.example)` : undefined))
  expect(marked.markdown).toBe(
    'Voll [Bild: Der Kocher (cdn.example)][kocher], leer [Bild: kocher (cdn.example)][kocher], kurz [Bild: kocher (cdn.example)][kocher] und verlinkt [Bild: Logo (cdn.example)](/start/); eigenes ![Bild][own].\n\n[kocher]: https://cdn.example/k.jpg "Titel"\n[own]: /wp-content/uploads/a.jpg\n',
  )
})

test("WordPress.com's and Jetpack's CDN URLs of the site's own uploads become this site's files when the uploads are there", () => {
  const fixture = fileURLToPath(new URL('../../test/fixtures/wordpress/', import.meta.url))
  const folder = mkdtempSync(join(tmpdir(), 'np-wpcom-'))
  try {
    cpSync(join(fixture, 'wp-content'), join(folder, 'wp-content'), { recursive: true })
    const xml = readFileSync(join(fixture, 'export.xml'), 'utf8').replace(
      '<img src="https://zelt-ratgeber.de/wp-content/uploads/2024/03/zelt.png" alt="Ein Zelt am See" class="wp-image-10"/>',
      '<img src="https://zeltratgeber.files.wordpress.com/2024/03/zelt.png?w=580" srcset="https://i0.wp.com/zelt-ratgeber.de/wp-content/uploads/2024/03/zelt.png?w=300 300w, https://zeltratgeber.files.wordpress.com/2024/03/zelt.png 600w" alt="Ein Zelt am See" class="wp-image-10"/>',
    )
    expect(xml).toContain('files.wordpress.com')
    writeFileSync(join(folder, 'export.xml'), xml)
    const result = importWordpress(join(folder, 'export.xml'))
    const post = result.files.find((file) => file.path === 'content/posts/beste-trekkingzelte.md')?.contents ?? ''
    expect(post).not.toMatch(/wordpress\.com|wp\.com/)
    expect(post).toContain('/wp-content/uploads/2024/03/zelt.png')
    expect(result.assets.map((asset) => asset.path)).toEqual(['static/wp-content/uploads/2024/03/zelt.png'])
    expect(result.report.items.filter((item) => item.ruleId === 'import-third-party-removed')).toEqual([])
    // Without the uploads the CDN is a third party like any other: the image (src and srcset) is one link, reported under its src's host.
    rmSync(join(folder, 'wp-content'), { recursive: true })
    const without = importWordpress(join(folder, 'export.xml'))
    expect(without.report.items.filter((item) => item.ruleId === 'import-third-party-removed').map((item) => /from (\S+),/.exec(item.message)?.[1])).toEqual(['zeltratgeber.files.wordpress.com'])
    expect(without.files.find((file) => file.path === 'content/posts/beste-trekkingzelte.md')?.contents).toContain('[Bild: Ein Zelt am See (zeltratgeber.files.wordpress.com)](https://zeltratgeber.files.wordpress.com/2024/03/zelt.png?w=580)')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
