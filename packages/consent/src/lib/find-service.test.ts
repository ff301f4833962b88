import { expect, test } from 'vitest'
import { findServiceByScriptText, findServiceByUrl } from './find-service.js'
import { services } from './registry.js'

test.each([
  { url: 'https://www.googletagmanager.com/gtag/js?id=G-ABC123', expected: 'google-analytics' },
  { url: 'https://www.googletagmanager.com/gtag/js?id=AW-123456', expected: 'google-ads' },
  { url: 'https://www.googletagmanager.com/gtm.js?id=GTM-ABC', expected: 'google-tag-manager' },
  { url: '//www.googletagmanager.com/ns.html?id=GTM-ABC', expected: 'google-tag-manager' },
  { url: 'https://www.youtube.com/embed/abc', expected: 'youtube' },
  { url: 'https://www.youtube-nocookie.com/embed/abc', expected: 'youtube' },
  { url: 'https://www.google.com/maps/embed?pb=1', expected: 'google-maps' },
  { url: 'https://connect.facebook.net/en_US/fbevents.js', expected: 'meta-pixel' },
  { url: 'https://www.facebook.com/tr?id=1&ev=PageView', expected: 'meta-pixel' },
  { url: 'https://example.matomo.cloud/matomo.js', expected: 'matomo-cloud' },
  { url: 'https://plausible.io/js/script.js', expected: 'plausible' },
  { url: 'https://www.clarity.ms/tag/abc', expected: 'microsoft-clarity' },
  { url: 'https://static.hotjar.com/c/hotjar-1.js', expected: 'hotjar' },
  { url: 'https://analytics.tiktok.com/i18n/pixel/events.js', expected: 'tiktok-pixel' },
  { url: 'https://s.pinimg.com/ct/core.js', expected: 'pinterest-tag' },
  { url: 'https://player.vimeo.com/video/1', expected: 'vimeo' },
  { url: 'https://open.spotify.com/embed/episode/1', expected: 'spotify' },
  { url: 'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1', expected: 'soundcloud' },
  { url: 'https://www.openstreetmap.org/export/embed.html?bbox=9.9,53.5,10.1,53.6', expected: 'openstreetmap' },
  { url: 'https://platform.twitter.com/widgets.js', expected: 'twitter' },
  { url: 'https://www.instagram.com/embed.js', expected: 'instagram' },
  { url: 'https://kocherkompass.disqus.com/embed.js', expected: 'disqus' },
  { url: 'https://chimpstatic.com/mcjs-connected/js/users/1.js', expected: 'mailchimp' },
  { url: 'https://sibforms.com/serve/abc', expected: 'brevo' },
  { url: 'https://f.convertkit.com/ckjs/ck.5.js', expected: 'convertkit' },
  { url: 'https://www.google.com/search?q=x', expected: undefined },
  { url: '/js/app.js', expected: undefined },
  { url: 'https://notyoutube.com/embed/abc', expected: undefined },
])('$url → $expected', ({ url, expected }) => {
  expect(findServiceByUrl(url)?.id).toBe(expected)
})

test.each([
  { text: "gtag('config', 'G-ABC')", expected: 'google-analytics' },
  { text: "gtag('config', 'AW-123')", expected: 'google-ads' },
  { text: "fbq('init', '1')", expected: 'meta-pixel' },
  { text: "var _paq = window._paq || []", expected: 'matomo' },
  { text: "const component = 't.component'", expected: undefined },
  { text: "console.log('hello')", expected: undefined },
])('inline $text → $expected', ({ text, expected }) => {
  expect(findServiceByScriptText(text)?.id).toBe(expected)
})

test('the registry has the services the issue names, unique ids, real providers and purposes', () => {
  const ids = services.map((service) => service.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual([...ids].sort())
  for (const id of ['google-analytics', 'google-tag-manager', 'google-ads', 'matomo', 'matomo-cloud', 'plausible', 'meta-pixel', 'microsoft-clarity', 'hotjar', 'tiktok-pixel', 'pinterest-tag', 'youtube', 'vimeo', 'google-maps', 'spotify', 'twitter', 'instagram', 'disqus', 'mailchimp', 'brevo', 'convertkit', 'soundcloud', 'openstreetmap']) {
    expect(ids).toContain(id)
  }
  for (const service of services) {
    expect(service.provider.name.length, service.id).toBeGreaterThan(3)
    expect(service.purpose.de && service.purpose.en, service.id).toBeTruthy()
    expect(service.needsConsent || service.cookies.length === 0, `${service.id} stores data, so it needs consent`).toBe(true)
  }
})
