import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// An image of the site whose file does not exist was written without a word: readers saw a broken
// image on a green build. It is now a warning at the image's place (a host may serve the path from
// elsewhere, so it does not stop the build).
const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

test('a missing image of the site is a warning at its line and column; present, foreign and data images are not', async () => {
  const body = [
    '![Da](/images/da.png)',
    '',
    'Text mit ![fehlt](/images/fehlt.png) mitten drin.',
    '',
    '![Neben der Datei](bild.png)',
    '',
    '<img src="/images/auch-fehlt.jpg?v=2" alt="HTML">',
    '',
    '![Fremd](https://cdn.example/x.png) ![Protokoll](//cdn.example/y.png)',
    '',
    '![Inline](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
  ].join('\n')
  const root = makeSite({
    'nichepress.config.json': coreConfig({}),
    'static/images/da.png': 'png',
    'content/posts/kocher.md': `---\ntitle: Kocher\ndate: 2026-03-12\n---\n\n${body}\n`,
  })
  roots.push(root)
  const site = await generateSite({ root, cache: false })
  const found = site.messages.filter((message) => message.ruleId === 'broken-image').map((message) => `${message.file} ${message.line}:${message.column} ${message.fatal} ${message.reason}`)
  expect(found).toEqual([
    'content/posts/kocher.md 8:10 false The image /images/fehlt.png is no file of this site; readers see a broken image.',
    'content/posts/kocher.md 10:1 false The image /kocher/bild.png is no file of this site; readers see a broken image.',
    'content/posts/kocher.md 12:1 false The image /images/auch-fehlt.jpg is no file of this site; readers see a broken image.',
  ])
})
