import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type GeneratedSite, generateSite, isNichepressError, parseDocumentTree } from '@nichepress/core'
import type { Nodes } from 'hast'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'

// Issue #16: front matter is data in every output — pages, JSON-LD, feeds, sitemaps, host files.
// Values from the OWASP XSS Filter Evasion Cheat Sheet ("End Title Tag", "Escaping JavaScript
// escapes") and the script/CDATA/comment breakouts every context has.

const config = JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' } })
const breakout = `</title></script><script>alert(1)</script><img src=x onerror=alert(2)> ]]> \u2028 --> "' &`
const yaml = (value: string) => JSON.stringify(value)

const hostile = `---
title: ${yaml(`T ${breakout}`)}
description: ${yaml(`D ${breakout}`)}
date: 2026-03-12
tags: [${yaml(`<script>alert(3)</script>`)}, ${yaml('a\r\nSet-Cookie: x=1')}]
categories: [${yaml(`</title><script>alert(4)</script>`)}]
imageAlt: ${yaml(`" onerror="alert(5)`)}
image: /cover.png
author: ${yaml(`<b onmouseover=alert(6)>x</b>`)}
---

Text.
`

function elements(node: Nodes, visit: (element: Extract<Nodes, { type: 'element' }>) => void): void {
  if (node.type === 'element') visit(node)
  if ('children' in node) for (const child of node.children) elements(child, visit)
}

function text(site: GeneratedSite, path: string): string {
  const file = site.files.find((candidate) => candidate.path === path)
  return file && 'contents' in file ? String(file.contents) : ''
}

describe('hostile front matter values stay text in every output', () => {
  let root: string
  let site: GeneratedSite
  beforeAll(async () => {
    root = makeSite({ 'nichepress.config.json': config, 'content/posts/hostile.md': hostile, 'static/cover.png': '' })
    site = await generateSite({ root, preset: presetPath, cache: false })
  }, 60_000)
  afterAll(() => removeSite(root))

  test('pages (post, tag, category, home) hold no script but the theme’s and JSON-LD, and no handler', () => {
    const pages = site.files.filter((file) => file.path.endsWith('.html') && 'contents' in file)
    expect(pages.length).toBeGreaterThan(4)
    for (const page of pages) {
      const found: string[] = []
      elements(parseDocumentTree(text(site, page.path), { positions: false }), (element) => {
        for (const name of Object.keys(element.properties)) if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`)
        if (element.tagName === 'script' && element.properties.type !== 'application/ld+json' && element.properties.src === undefined) found.push('inline script')
        if (element.tagName === 'img' && element.properties.src === 'x') found.push('img from a value')
      })
      expect(found, page.path).toEqual([])
    }
    const post = text(site, 'hostile/index.html')
    let title = ''
    elements(parseDocumentTree(post, { positions: false }), (element) => {
      if (element.tagName === 'h1') title = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
    })
    expect(title).toBe(`T ${breakout}`)
  })

  test('JSON-LD parses back to the values and never closes its script', () => {
    const post = text(site, 'hostile/index.html')
    const blocks = [...post.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).not.toMatch(/<|\u2028/)
    expect(JSON.stringify(JSON.parse(blocks[0] ?? ''))).toContain(JSON.stringify(`T ${breakout}`).slice(1, -1))
  })

  test('feeds and sitemaps are well-formed XML (xmllint) and JSON Feed parses', () => {
    const out = join(root, 'out')
    for (const file of site.files) {
      if (!('contents' in file)) continue
      mkdirSync(dirname(join(out, file.path)), { recursive: true })
      writeFileSync(join(out, file.path), file.contents)
    }
    const xml = site.files.map((file) => file.path).filter((path) => path.endsWith('.xml'))
    expect(xml).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'sitemap-index.xml']))
    execFileSync('xmllint', ['--nonet', '--noout', ...xml.map((path) => join(out, path))], { stdio: 'pipe' })
    const feed = JSON.parse(text(site, 'feed.json')) as { items: Array<{ title: string; tags?: string[] }> }
    expect(feed.items[0]?.title).toBe(`T ${breakout}`)
  })

  test('a CR/LF in a tag never starts a new header or redirect rule', () => {
    for (const path of ['_headers', '_redirects']) expect(text(site, path), path).not.toMatch(/Set-Cookie/i)
  })
})

test.each([
  ['javascript:alert(1)', 'javascript:'],
  [' JaVa\tScRiPt:alert(1)', 'javascript:'],
  ['data:text/html,<script>alert(1)</script>', 'data:'],
  ['vbscript:msgbox(1)', 'vbscript:'],
  ['/%E0%A4%A', 'a malformed percent-escape (was "plugin seo failed: URI malformed" on the config file)'],
  ['/bild%E0%A4.png', 'truncated UTF-8'],
])('image: %j (%s) is a front-matter-invalid error at its line', async (image) => {
  const root = makeSite({ 'nichepress.config.json': config, 'content/posts/bad.md': `---\ntitle: Bad\ndate: 2026-03-12\nimage: ${yaml(image)}\n---\n\nText.\n` })
  try {
    const error = await generateSite({ root, preset: presetPath, cache: false }).catch((caught: unknown) => caught)
    const messages = isNichepressError(error) ? error.messages : []
    const found = messages.find((message) => message.file === 'content/posts/bad.md')
    expect(found?.ruleId, messages.map(String).join('\n')).toBe('front-matter-invalid')
    expect(found?.line).toBe(4)
    expect(found?.reason).toMatch(/`image`.*(path of this site|percent-escape)/)
  } finally {
    removeSite(root)
  }
})

test('__proto__, constructor and prototype keys pollute nothing: not the prototype, not the template context', async () => {
  const root = makeSite({
    'nichepress.config.json': config,
    'content/posts/proto.md': '---\ntitle: Proto\ndate: 2026-03-12\n__proto__:\n  polluted: yes\n  isAdmin: true\nconstructor:\n  prototype:\n    polluted2: yes\nprototype:\n  polluted3: yes\n---\n\nText.\n',
    'theme/layouts/post.hbs': '<article>{{page.title}}|{{page.polluted}}|{{polluted}}|{{page.isAdmin}}|{{config.polluted}}</article>',
  })
  try {
    const site = await generateSite({ root, preset: presetPath, cache: false })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined()
    expect(Object.hasOwn(Object.prototype, 'isAdmin')).toBe(false)
    expect(text(site, 'proto/index.html')).toContain('<article>Proto||||</article>')
  } finally {
    removeSite(root)
  }
})

test('an alias bomb (billion laughs) is an error naming the file, not a hang', async () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`)
  const root = makeSite({ 'nichepress.config.json': config, 'content/posts/bomb.md': `---\ntitle: Bomb\n${levels.join('\n')}\n---\n\nText.\n` })
  try {
    const started = performance.now()
    const error = await generateSite({ root, preset: presetPath, cache: false }).catch((caught: unknown) => caught)
    expect(performance.now() - started).toBeLessThan(20_000)
    const found = (isNichepressError(error) ? error.messages : []).find((message) => message.file === 'content/posts/bomb.md')
    expect(found?.ruleId).toBe('front-matter-syntax')
    // The yaml library stops on the alias count without a position: the front matter's first line.
    expect(found?.line).toBe(1)
    expect(found?.reason).toMatch(/alias/i)
  } finally {
    removeSite(root)
  }
}, 60_000)
