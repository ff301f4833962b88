import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { normalizeDate } from './dates.js'
import { generateFeeds, type FeedItem } from './generate-feeds.js'

const item = (slug: string, language: string | undefined): FeedItem => ({
  url: `https://blog.example/${slug}/`,
  title: slug,
  summary: `Summary of ${slug}`,
  published: normalizeDate('2024-05-01'),
  modified: undefined,
  author: undefined,
  tags: [],
  language,
})

// A German blog with one English post: readers' apps (and screen readers) learn that item's language.
test('an item in another language than the feed says so in RSS, Atom and JSON Feed; the others do not', () => {
  const files = generateFeeds({ title: 'Blog', description: '', language: 'de', homeUrl: 'https://blog.example/', feedBaseUrl: 'https://blog.example/', outputFolder: '', author: undefined, items: [item('deutsch', 'de'), item('english', 'en-GB'), item('ohne', undefined)] })
  const byPath = new Map(files.map((file) => [file.path, String(file.contents)]))
  const rss = byPath.get('feed.xml')!
  expect(rss.match(/<dc:language>[^<]*<\/dc:language>/g)).toEqual(['<dc:language>en-GB</dc:language>'])
  expect(rss).toContain('<language>de</language>')
  const atom = byPath.get('atom.xml')!
  expect(atom.match(/<entry[^>]*>/g)).toEqual(['<entry>', '<entry xml:lang="en-GB">', '<entry>'])
  const json = JSON.parse(byPath.get('feed.json')!) as { items: Array<{ language?: string }> }
  expect(json.items.map((entry) => entry.language)).toEqual([undefined, 'en-GB', undefined])
  for (const text of [rss, atom]) {
    const check = spawnSync('xmllint', ['--noout', '-'], { input: text, encoding: 'utf8' })
    expect(check.status, check.stderr).toBe(0)
  }
})
