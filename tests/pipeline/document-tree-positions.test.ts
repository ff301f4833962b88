// The finished-document tree without positions (what consent blocking, CSP hashing and the audit
// read first) must be the positioned tree minus its positions: compared on real documents (a built
// bench site, a starter, the audit fixtures, the consent corpus's vendor snippets) and on markup
// where parse5 moves, reopens and implies nodes.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocumentTree } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { writeBenchSite } from '../bench/site.mjs'
import { vendorSnippets } from '../consent/corpus/vendors.js'
import { cliBin, readTree, repoRoot } from '../helpers/site.js'

const root = mkdtempSync(join(tmpdir(), 'np-document-tree-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** JSON of a tree with every `position` left out. */
const withoutPositions = (tree: unknown) => JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))

function expectSameTrees(documents: ReadonlyMap<string, string>) {
  const different = [...documents].filter(([, html]) => JSON.stringify(parseDocumentTree(html, { positions: false })) !== withoutPositions(parseDocumentTree(html))).map(([path]) => path)
  expect(different).toEqual([])
  // And the tree without positions really has none.
  const positioned = [...documents].filter(([, html]) => JSON.stringify(parseDocumentTree(html, { positions: false })).includes('"position"')).map(([path]) => path)
  expect(positioned).toEqual([])
}

function builtDocuments(site: string, out: string): Map<string, string> {
  execFileSync(process.execPath, [cliBin, 'build', '--root', site, '--out', out, '--no-cache', '--json'], { encoding: 'utf8' })
  return new Map([...readTree(out)].filter(([path]) => path.endsWith('.html')).map(([path, bytes]) => [path, bytes.toString('utf8')]))
}

// Foster parenting, the adoption agency, reopened formatting elements, implied and misnested
// elements, templates, noscript (scripting on), raw text, entities, CR/LF, a missing end of file.
const tricky = [
  '<table><tr><td>a</td></tr>text<b>bold</table>after',
  '<p><b><i>one</b>two</i>three</p><p>four',
  '<a href="/x"><div><a href="/y">nested</a></div></a>',
  '<b>1<p>2</b>3</p><b><b><b><b>4</b></b></b></b>',
  '<template><tr><td>cell</td></tr></template><select><option>a<option>b</select>',
  '<head><noscript><img src="https://px.example/p.gif"></noscript><title>T</title></head><body>x',
  '<script>if (a < b) document.write("</p>")</script><style>p{color:red}</style><textarea>\n<b>raw</b></textarea>',
  'line one\r\nline two\rline three\n&amp;&copy;&notanentity; &#x2F;&#47;',
  '<ul><li>one<li>two</ul><svg><path d="M0"/><foreignObject><p>f</p></foreignObject></svg><math><mi>x</mi></math>',
  '<!doctype html><html><body><p>unclosed <em>emphasis <a href="#">link',
  '<!-- comment --><html lang="de"><!-- in html --><head></head><!-- between --><body></body></html><!-- after -->',
]

test('without positions, the tree is the positioned one minus positions: tricky markup', () => {
  expectSameTrees(new Map(tricky.map((html, index) => [`tricky-${index}`, html])))
})

test('without positions, the tree is the positioned one minus positions: audit fixtures and consent corpus snippets', () => {
  const fixtures = join(repoRoot, 'tests/lint/fixtures/audit')
  const documents = new Map(readdirSync(fixtures).map((name) => [name, readFileSync(join(fixtures, name), 'utf8')]))
  for (const snippet of vendorSnippets) documents.set(snippet.id, `<!doctype html><html lang="de"><head><title>${snippet.vendor}</title></head><body><main>${snippet.html}</main></body></html>`)
  expect(documents.size).toBeGreaterThan(40)
  expectSameTrees(documents)
})

test('without positions, the tree is the positioned one minus positions: every document of a bench site and a starter', () => {
  writeBenchSite(25, join(root, 'bench'), join(root, 'corpus'))
  const bench = builtDocuments(join(root, 'bench'), join(root, 'bench-out'))
  const starter = builtDocuments(join(repoRoot, 'starters/produkt'), join(root, 'produkt-out'))
  expect(bench.size).toBeGreaterThan(25)
  expect(starter.size).toBeGreaterThan(5)
  expectSameTrees(bench)
  expectSameTrees(starter)
})
