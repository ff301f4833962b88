import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { importSite, writeImport } from '../../packages/import/src/index.js'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'
import { hugoUrls, wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// Hugo's `frontmatter.date = [":filename", ":default"]` (codefor.de's config): the date comes from the
// file name and the rest of the name is the slug, so /blog/ok-lab-mit-herrn-both/ is the post's URL.
// The expected URLs are what Hugo itself says (`hugo list all`), not what this test assumes.
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) removeSite(folder)
})

function folder(files: Record<string, string> = {}): string {
  const root = makeSite(files)
  folders.push(root)
  return root
}

test('dates and slugs from file names, as Hugo reads them; links to those URLs resolve', async () => {
  const source = folder({
    'hugo.toml': 'baseURL = "https://codefor.example/"\nlanguageCode = "de-DE"\ntitle = "Code for Example"\n[frontmatter]\ndate = [":filename", ":default"]\n',
    // No date or slug in the front matter: both from the name (mixed case in the name, lower case in the URL).
    'content/blog/2014-06-21-OK-Lab-mit-Herrn-Both.md': '---\ntitle: OK-Lab Berlin mit Gästen\n---\n\nUnser Lab hatte Besuch.\n',
    // A slug in the front matter wins over the name; the date still comes from the name.
    'content/blog/2015-07-09-stadtgeschichten.md': '---\ntitle: Stadtgeschichten\nslug: geschichten-aus-der-stadt\n---\n\nSiehe [das Lab mit Gästen](/blog/OK-Lab-mit-Herrn-Both/) und [die Übersicht](/blog/jedeschule-2/).\n',
    // Hugo takes one more extension off the name: the slug is jedeschule-2.
    'content/blog/2021-04-28-jedeschule-2.0.md': '---\ntitle: JedeSchule 2.0\n---\n\nNeu.\n',
    // September has no 31st: no date from the name, so no slug either; the front matter date counts.
    'content/blog/2021-09-31-out-in-the-open.md': '---\ntitle: Out in the Open\ndate: 2021-10-01\n---\n\nText.\n',
    'content/blog/ohne-datum-im-namen.md': '---\ntitle: Ohne Datum\ndate: 2020-01-02\n---\n\nText.\n',
  })
  const urls = hugoUrls(source)
  expect([...urls.keys()].sort()).toEqual(['/blog/2021-09-31-out-in-the-open/', '/blog/geschichten-aus-der-stadt/', '/blog/jedeschule-2/', '/blog/ohne-datum-im-namen/', '/blog/ok-lab-mit-herrn-both/'])

  const result = importSite(source)
  const dates = Object.fromEntries(result.files.map((file) => [file.source, /^date: (.*)$/m.exec(file.contents)?.[1]]))
  expect(dates).toMatchObject({
    'content/blog/2014-06-21-OK-Lab-mit-Herrn-Both.md': '2014-06-21',
    'content/blog/2015-07-09-stadtgeschichten.md': '2015-07-09',
    'content/blog/2021-09-31-out-in-the-open.md': '2021-10-01',
  })
  expect(result.report.items.filter((item) => item.ruleId === 'import-link-outside-import')).toEqual([])
  const root = folder()
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Code for Example', 'https://example.org'))
  writeImport(root, result)
  const generated = await generateSite({ root, preset: presetPath, cache: false, keepGoing: true })
  expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
  expect(wrongOldUrls(urls, result, generated)).toEqual([])
})
