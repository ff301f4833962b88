// Bundles and minifies the browser runtime into dist/runtime/ and records its gzipped size.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build, transform } from 'esbuild'

const root = new URL('../', import.meta.url)
const out = new URL('dist/runtime/', root)
mkdirSync(out, { recursive: true })
const js = await build({
  entryPoints: [new URL('src/runtime/consent.ts', root).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  legalComments: 'none',
  // The banner's stylesheet goes into its shadow root from the script (consent-ui.css), minified.
  plugins: [
    {
      name: 'css-text',
      setup(context) {
        context.onLoad({ filter: /\.css$/ }, async ({ path }) => ({ contents: (await transform(readFileSync(path, 'utf8'), { loader: 'css', minify: true })).code.trim(), loader: 'text' }))
      },
    },
  ],
})
const css = await transform(readFileSync(new URL('src/runtime/consent.css', root), 'utf8'), { loader: 'css', minify: true })
const jsText = js.outputFiles[0].text
writeFileSync(new URL('consent.min.js', out), jsText)
writeFileSync(new URL('consent.min.css', out), css.code)
const gzipBytes = gzipSync(jsText, { level: 9 }).length + gzipSync(css.code, { level: 9 }).length
writeFileSync(new URL('size.json', out), `${JSON.stringify({ jsBytes: jsText.length, cssBytes: css.code.length, gzipBytes }, null, 2)}\n`)
console.log(`consent runtime: ${jsText.length} B JS + ${css.code.length} B CSS, ${gzipBytes} B gzipped`)
