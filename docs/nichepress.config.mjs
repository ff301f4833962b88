// The nichepress documentation is a nichepress site: every .md below docs/ is a page, its folder
// path is its URL (`errors/config-invalid.md` → /errors/config-invalid/), and `# Title` on the
// first line is the title, so the same files read well on GitHub.
import { readdirSync, readFileSync } from 'node:fs'
import { posix } from 'node:path'

const imagesDir = new URL('./images/', import.meta.url)

// Markdown here points at screenshots relative to the file (`images/x.png`), as GitHub resolves them.
// This plugin rewrites such sources to site URLs and copies docs/images/ into the output.
const docsImages = {
  name: 'docs-images',
  setup: () => ({
    rehypePlugins: [() => (tree, file) => rewriteImageSources(tree, posix.dirname(file.data.relativePath ?? ''))],
    files: () => readdirSync(imagesDir).filter((name) => !name.startsWith('.')).sort().map((name) => ({ path: `images/${name}`, contents: readFileSync(new URL(name, imagesDir)) })),
  }),
}

function rewriteImageSources(node, folder) {
  const src = node.type === 'element' && node.tagName === 'img' ? node.properties?.src : undefined
  if (typeof src === 'string' && !/^(?:[a-z]+:|\/|#)/i.test(src)) node.properties.src = `/${posix.normalize(posix.join(folder, src))}`
  for (const child of node.children ?? []) rewriteImageSources(child, folder)
}

export default {
  title: 'nichepress',
  url: 'https://nichepress.example',
  language: 'en',
  description: 'Documentation of nichepress, the static site generator for German and English niche blogs with consent, legal pages, affiliate disclosures and SEO built in.',
  contentDir: '.',
  outDir: 'public',
  permalinks: { posts: '/:slug/', pages: '/:path/' },
  nav: [
    { label: 'Getting started', url: '/getting-started/' },
    { label: 'Config', url: '/config/' },
    { label: 'Front matter', url: '/front-matter/' },
    { label: 'Lint', url: '/lint/' },
  ],
  // The docs load no third party (no banner needed) and publish no legal pages of their own.
  legal: { enabled: false },
  consent: { enabled: false },
  // An error id and the lint rule of the same name share a title on purpose; the pages are written
  // for GitHub too and carry no front matter, so no meta description.
  lint: { rules: { 'duplicate-title': 'off', 'description-missing': 'off' } },
  plugins: [docsImages],
}
