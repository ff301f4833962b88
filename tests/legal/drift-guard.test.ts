import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { removeSite, repoRoot } from '../helpers/site.js'
import { buildWithPreset, sectionIdsOf } from './legal-sites.js'

// A service that appears in the output but not in the privacy policy is impossible by construction:
// add a Vimeo embed to a post of a copy of the starter and its section and cookies appear.

const starter = join(repoRoot, 'starters/nischenblog')
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'np-legal-drift-'))
  // Sources only: not the starter's dependencies nor an output a local `npm start` may have left in it.
  const skipped = ['node_modules', 'public', '.vercel'].map((name) => join(starter, name))
  cpSync(starter, root, { recursive: true, filter: (source) => !skipped.some((folder) => source === folder || source.startsWith(`${folder}/`)) })
  // The config imports `nichepress`; resolve it from the starter's own dependencies.
  symlinkSync(join(starter, 'node_modules'), join(root, 'node_modules'), 'dir')
})
afterAll(() => removeSite(root))

test('a Vimeo iframe added to a post yields its privacy-policy section and cookie rows', async () => {
  const before = await buildWithPreset(root)
  expect(sectionIdsOf(before.get('datenschutz/index.html') ?? '')).not.toContain('service-vimeo')
  expect(before.get('cookies/index.html')).not.toContain('<code>vuid</code>')

  const post = join(root, 'content/posts/spiritus-oder-gas.md')
  writeFileSync(post, `${readFileSync(post, 'utf8')}\n\n<iframe src="https://player.vimeo.com/video/76979871" title="Kocher im Test" width="640" height="360"></iframe>\n`)
  const after = await buildWithPreset(root)
  const privacy = after.get('datenschutz/index.html') ?? ''
  expect(sectionIdsOf(privacy)).toContain('service-vimeo')
  expect(privacy).toContain('Vimeo.com, Inc.')
  expect(privacy).toContain('href="#service-vimeo"')
  expect(after.get('cookies/index.html')).toContain('<code>vuid</code>')
})
