import { fromHtml } from 'hast-util-from-html'
import { expect, test } from 'vitest'
import { collectUrlSources, cssUrls, scriptFacts, srcsetUrls } from './url-sources.js'

const sources = (html: string) => collectUrlSources(fromHtml(html, { fragment: true })).sources.map((source) => [source.kind, source.via, source.url])

test.each([
  ['img srcset', '<img src="/a.jpg" srcset="https://cdn.example/a-1x.jpg 1x, https://cdn.example/a-2x.jpg 2x" alt="">', [['image', 'img[src]', '/a.jpg'], ['image', 'img[srcset]', 'https://cdn.example/a-1x.jpg'], ['image', 'img[srcset]', 'https://cdn.example/a-2x.jpg']]],
  ['picture source', '<picture><source srcset="https://cdn.example/a.webp" type="image/webp"><img src="/a.jpg" alt=""></picture>', [['image', 'source[srcset]', 'https://cdn.example/a.webp'], ['image', 'img[src]', '/a.jpg']]],
  ['video with poster, source and track', '<video poster="https://v.example/p.jpg"><source src="https://v.example/v.mp4"><track src="https://v.example/t.vtt"></video>', [['image', 'video[poster]', 'https://v.example/p.jpg'], ['media', 'source[src]', 'https://v.example/v.mp4'], ['media', 'track[src]', 'https://v.example/t.vtt']]],
  ['audio', '<audio src="//a.example/x.mp3"></audio>', [['media', 'audio[src]', '//a.example/x.mp3']]],
  ['object and embed', '<object data="https://o.example/x.swf"></object><embed src="https://e.example/x.pdf">', [['object', 'object[data]', 'https://o.example/x.swf'], ['object', 'embed[src]', 'https://e.example/x.pdf']]],
  ['svg image and use', '<svg><image href="https://s.example/i.png"></image><use xlink:href="https://s.example/s.svg#i"></use></svg>', [['image', 'svg image[href]', 'https://s.example/i.png'], ['image', 'svg use[href]', 'https://s.example/s.svg#i']]],
  ['background attribute', '<table background="https://b.example/bg.gif"><tr><td>x</td></tr></table>', [['image', 'table[background]', 'https://b.example/bg.gif']]],
  ['style attribute', '<div style="background:url(\'https://c.example/bg.png\')">x</div>', [['image', 'style attribute url()', 'https://c.example/bg.png']]],
  ['style element with @import, font-face and image-set', '<style>@import url("https://fonts.googleapis.com/css2?family=Inter:wght@400;700");@font-face{font-family:x;src:url(https://fonts.gstatic.com/x.woff2)}.a{background-image:image-set("https://i.example/a.png" 1x)}</style>', [['style', '<style> @import', 'https://fonts.googleapis.com/css2?family=Inter:wght@400;700'], ['font', '<style> @font-face url()', 'https://fonts.gstatic.com/x.woff2'], ['image', '<style> image-set()', 'https://i.example/a.png']]],
  ['fetching links', '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin><link rel="stylesheet" href="//cdn-images.mailchimp.com/x.css"><link rel="preload" as="font" href="https://f.example/f.woff2"><link rel="icon" href="https://i.example/favicon.ico"><link rel="canonical" href="https://other.example/">', [['connect', 'link[rel=preconnect]', 'https://fonts.gstatic.com'], ['style', 'link[rel=stylesheet]', '//cdn-images.mailchimp.com/x.css'], ['font', 'link[rel=preload]', 'https://f.example/f.woff2'], ['image', 'link[rel=icon]', 'https://i.example/favicon.ico']]],
  ['meta refresh and form action', '<meta http-equiv="refresh" content="0; url=https://r.example/"><form action="https://x.us1.list-manage.com/subscribe/post"></form>', [['navigate', 'meta refresh', 'https://r.example/'], ['form', 'form[action]', 'https://x.us1.list-manage.com/subscribe/post']]],
  ['formaction on a button and a submit input', '<form><button formaction="https://b.example/post">b</button><input type="submit" formaction="https://i.example/post"></form>', [['form', 'button[formaction]', 'https://b.example/post'], ['form', 'input[formaction]', 'https://i.example/post']]],
  ['a plain link is no fetch', '<a href="https://example.org/">x</a>', []],
])('%s', (_name, html, expected) => {
  expect(sources(html)).toEqual(expected)
})

test('template content is inert and skipped; noscript is handed to the caller', () => {
  const result = collectUrlSources(fromHtml('<template><img src="https://t.example/a.png"></template><noscript><img src="https://n.example/p.gif"></noscript>', { fragment: true }))
  expect(result.sources).toEqual([])
  expect(result.noscripts).toHaveLength(1)
})

test('inline scripts: static URLs and dynamic loads', () => {
  const linkedin = scriptFacts('(function(l) {var s = document.getElementsByTagName("script")[0];var b = document.createElement("script");b.type = "text/javascript";b.async = true;b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";s.parentNode.insertBefore(b, s);})(window.lintrk);')
  expect(linkedin).toEqual({ urls: ['https://snap.licdn.com/li.lms-analytics/insight.min.js'], loadsDynamically: true })
  expect(scriptFacts("new Image().src='https://px.example/p?x=1'").urls).toEqual(['https://px.example/p?x=1'])
  expect(scriptFacts("navigator.sendBeacon('//b.example/collect', data)")).toEqual({ urls: ['//b.example/collect'], loadsDynamically: true })
  expect(scriptFacts('fetch(`https://api.example/v1?x=${x}`)').urls).toEqual(['https://api.example/v1?x=${x}'])
  expect(scriptFacts('// see https://docs.example/ for details\nconsole.log(1)')).toEqual({ urls: [], loadsDynamically: false })
  expect(scriptFacts('var h="ev"+"il.example"; fetch("https://"+h)').loadsDynamically).toBe(true)
})

test('srcset and css helpers', () => {
  expect(srcsetUrls('a.jpg 1x,b.jpg 2x')).toEqual(['a.jpg', 'b.jpg'])
  expect(srcsetUrls('https://x.example/a,b.jpg 480w, https://x.example/c.jpg 800w')).toEqual(['https://x.example/a,b.jpg', 'https://x.example/c.jpg'])
  expect(cssUrls('/* url(https://comment.example/x) */ a{b:url(data:image/png;base64,AAA)}').map((entry) => entry.url)).toEqual(['data:image/png;base64,AAA'])
})
