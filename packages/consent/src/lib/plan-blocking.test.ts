import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { expect, test } from 'vitest'
import { applyEdits } from './rehype-consent-blocking.js'
import { planBlocking, type BlockingContext } from './plan-blocking.js'
import { defaultTexts } from './texts.js'

const context: BlockingContext = { customServices: [], siteHost: 'site.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/' }

function block(html: string, extra: Partial<BlockingContext> = {}) {
  const tree = fromHtml(html, { fragment: true })
  const { edits, facts } = planBlocking(tree, { ...context, ...extra })
  applyEdits(tree, edits)
  return { html: toHtml(tree), facts }
}

// Everything a gated service loads must be inert in the output: no fetching attribute left outside a template.
function fetchesOutsideTemplates(html: string): string[] {
  const withoutTemplates = html.replace(/<template\b[\s\S]*?<\/template>/g, '')
  return [...withoutTemplates.matchAll(/\s(?:src|srcset|poster|data|href|style)="([^"]*(?:\/\/)[^"]*)"/g)].map((match) => match[1] ?? '').filter((url) => !url.startsWith('/datenschutz') && !/^https:\/\/[^/]+\/?[^"]*$/.test(url) === false && !url.includes('site.example'))
}

test('Amazon SiteStripe: the product image becomes a placeholder inside its paragraph, the pixel a template', () => {
  const { html, facts } = block(
    '<p><a href="https://www.amazon.de/dp/B07X?tag=blog-21" target="_blank"><img border="0" src="//ws-eu.amazon-adsystem.com/widgets/q?_encoding=UTF8&ASIN=B07X&Format=_SL250_&ID=AsinImage&MarketPlace=DE&ServiceVersion=20070822&WS=1&tag=blog-21&language=de_DE"></a><img src="https://ir-de.amazon-adsystem.com/e/ir?t=blog-21&language=de_DE&l=li3&o=3&a=B07X" width="1" height="1" border="0" alt="" style="border:none !important; margin:0px !important;"></p>',
  )
  expect(facts.services).toEqual(['amazon-associates'])
  expect(facts.unknownThirdParties).toEqual([])
  // The link goes into the placeholder's template with its image: a placeholder's buttons may not sit in an <a>.
  expect(html).toMatch(/^<p><span class="np-consent-embed" data-consent-category="marketing" data-consent-service="amazon-associates">/)
  expect(html.replace(/<template>[\s\S]*?<\/template>/g, '')).not.toContain('amazon-adsystem.com/widgets')
  expect(html).toContain('<a href="https://www.amazon.de/dp/B07X?tag=blog-21" rel="noopener noreferrer" target="_blank">Direkt bei Amazon (Partnerprogramm) öffnen</a>')
  expect(html).toContain('<template data-consent-category="marketing" data-consent-service="amazon-associates"><img src="https://ir-de.amazon-adsystem.com')
})

test('a <video> of a gated service is replaced as a whole (poster, sources, tracks)', () => {
  const custom = { ...context.customServices, id: 'podcast-cdn' }
  const service = { id: 'vidhost', name: 'VidHost', category: 'external-media', provider: { name: 'VidHost Ltd', address: 'X', country: 'IE' }, purpose: { de: 'x', en: 'x' }, legalBasis: 'consent', needsConsent: true, cookies: [], privacyPolicyUrl: 'https://vid.example/privacy', scriptHosts: [], frameHosts: [], pixelHosts: [], mediaHosts: ['vid.example'], imageHosts: ['vid.example'] } as const
  void custom
  const { html, facts } = block('<video controls poster="https://vid.example/p.jpg"><source src="https://vid.example/v.mp4" type="video/mp4"><track src="https://vid.example/t.vtt" kind="captions"></video>', { customServices: [service] })
  expect(facts.services).toEqual(['vidhost'])
  expect(html.match(/np-consent-embed"/g)).toHaveLength(1)
  expect(html.replace(/<template>[\s\S]*?<\/template>/g, '')).not.toContain('vid.example/v.mp4')
  expect(facts.origins).toEqual({ 'img-src': ['https://vid.example'], 'media-src': ['https://vid.example'] })
})

test('Google Fonts: preconnect, stylesheet and @import wait in templates; nothing fetches before consent', () => {
  const { html, facts } = block(
    '<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="preconnect" href="https://fonts.gstatic.com" crossorigin><link href="https://fonts.googleapis.com/css2?family=Roboto&display=swap" rel="stylesheet"><style>@import url(\'https://fonts.googleapis.com/css2?family=Inter\');</style>',
  )
  expect(facts.services).toEqual(['google-fonts'])
  expect(html.match(/<template data-consent-category="external-media" data-consent-service="google-fonts">/g)).toHaveLength(4)
  expect(html.replace(/<template[^>]*>[\s\S]*?<\/template>/g, '')).toBe('')
  expect(fetchesOutsideTemplates(html)).toEqual([])
})

test('a style attribute of a gated service waits in data-np-style', () => {
  const { html } = block('<div style="background-image:url(https://i.pinimg.com/originals/a.jpg)">x</div>')
  expect(html).toBe('<div data-consent-category="external-media" data-consent-service="pinterest" data-np-style="background-image:url(https://i.pinimg.com/originals/a.jpg)">x</div>')
})

test('dynamic loaders: Google Maps bootstrap, LinkedIn Insight, createElement with a host', () => {
  const maps =
    '<script>(g=>{var h,a,k,p="The Google Maps JavaScript API",c="google",l="importLibrary",q="__ib__",m=document,b=window;b=b[c]||(b[c]={});var d=b.maps||(b.maps={}),r=new Set,e=new URLSearchParams,u=()=>h||(h=new Promise(async(f,n)=>{await (a=m.createElement("script"));e.set("libraries",[...r]+"");for(k in g)e.set(k.replace(/[A-Z]/g,t=>"_"+t[0].toLowerCase()),g[k]);e.set("callback",c+".maps."+q);a.src=`https://maps.${c}apis.com/maps/api/js?`+e;d[q]=f;a.onerror=()=>h=n(Error(p+" could not load."));a.nonce=m.querySelector("script[nonce]")?.nonce||"";m.head.append(a)}));d[l]?console.warn(p+" only loads once. Ignoring:",g):d[l]=(f,...n)=>r.add(f)&&u().then(()=>d[l](f,...n))})({key: "YOUR_API_KEY", v: "weekly"});</script>'
  expect(block(maps).facts.services).toEqual(['google-maps'])
  expect(block(maps).html).toMatch(/^<script type="text\/plain" data-consent-category="external-media" data-consent-service="google-maps">/)
  const linkedin =
    '<script type="text/javascript">_linkedin_partner_id = "123";window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];window._linkedin_data_partner_ids.push(_linkedin_partner_id);</script><script type="text/javascript">(function(l) {if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};window.lintrk.q=[]}var s = document.getElementsByTagName("script")[0];var b = document.createElement("script");b.type = "text/javascript";b.async = true;b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";s.parentNode.insertBefore(b, s);})(window.lintrk);</script><noscript><img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=123&fmt=gif" /></noscript>'
  const result = block(linkedin)
  expect(result.facts.services).toEqual(['linkedin-insight'])
  expect(result.html.match(/type="text\/plain" data-consent-category="marketing" data-consent-service="linkedin-insight"/g)).toHaveLength(2)
  expect(result.html).not.toContain('noscript')
  const unknown = block("<script>var s=document.createElement('script');s.src='https://cdn.unknown-tracker.example/t.js';document.head.appendChild(s)</script>")
  expect(unknown.facts.unknownThirdParties).toMatchObject([{ host: 'cdn.unknown-tracker.example', tag: 'script', via: 'script text' }])
  expect(block("<script>new Image().src='https://px.unknown.example/p.gif'</script>").facts.unknownThirdParties).toMatchObject([{ host: 'px.unknown.example' }])
})

test('a noscript pixel of an unknown host is reported at its line', () => {
  const { facts } = block('<p>a</p>\n<p>b</p>\n<noscript><img src="https://px.unknown.example/p.gif" width="1" height="1"></noscript>')
  expect(facts.unknownThirdParties).toMatchObject([{ host: 'px.unknown.example', line: 3 }])
})

test('content: event handlers and unrecognised inline scripts are refused; allowContentScripts lets scripts through', () => {
  const html = '<img src="/x.png" onerror="alert(1)" alt=""><script>console.log(1)</script>'
  expect(block(html, { content: true }).facts.unknownThirdParties).toMatchObject([
    { code: 'content-inline-script', tag: 'script' },
    { code: 'content-event-handler', tag: 'img', via: 'onerror' },
  ])
  expect(block(html, { content: true, allowContentScripts: true }).facts.unknownThirdParties).toMatchObject([{ code: 'content-event-handler' }])
  expect(block(html).facts.unknownThirdParties).toEqual([])
})

test('content: an inline script made only of comments (the parameter block of etracker) runs nothing and is not refused; code after a comment is', () => {
  const comments = '<script type="text/javascript">\n// var et_pagename = "";\n/* et_areas */ <!-- old-style -->\n</script>'
  expect(block(comments, { content: true }).facts.unknownThirdParties).toEqual([])
  expect(block('<script>// setup\nwindow.x = "//a"</script>', { content: true }).facts.unknownThirdParties).toMatchObject([{ code: 'content-inline-script' }])
  expect(block('<script>/* a */ x() /* b */</script>', { content: true }).facts.unknownThirdParties).toMatchObject([{ code: 'content-inline-script' }])
})

test('consent.allow: a declared image host loads without consent and is recorded; other kinds from it are not allowed', () => {
  const allow = [{ host: 'images.unsplash.com', reason: 'Stock photos, no cookies', kinds: ['image' as const] }]
  const result = block('<img src="https://images.unsplash.com/photo-1?w=800" alt="x"><script src="https://images.unsplash.com/x.js"></script>', { allow })
  expect(result.html).toContain('<img src="https://images.unsplash.com/photo-1?w=800" alt="x">')
  expect(result.facts.allowedHosts).toEqual(['images.unsplash.com'])
  expect(result.facts.origins).toEqual({ 'img-src': ['https://images.unsplash.com'] })
  expect(result.facts.unknownThirdParties).toMatchObject([{ host: 'images.unsplash.com', tag: 'script' }])
})

test('embed scripts (X) become a placeholder naming the provider, with a link to the post', () => {
  const { html, facts } = block(
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; X (@X) <a href="https://twitter.com/X/status/20?ref_src=twsrc%5Etfw">March 21, 2006</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
  )
  expect(facts.services).toEqual(['twitter'])
  expect(html).toContain('<div class="np-consent-embed" data-consent-category="external-media" data-consent-service="twitter">')
  expect(html).toContain('Twitter International Unlimited Company')
  expect(html).toContain('<a href="https://twitter.com/X/status/20?ref_src=twsrc%5Etfw" rel="noopener noreferrer" target="_blank">')
  expect(html).toContain('<template><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></template>')
})
