import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { defaultTheme, makeSite, removeSite, repoRoot } from '../helpers/site.js'

// Whether a post may run its own inline script is said by a plugin's hooks (`allowContentScripts`),
// which consent sets from its option; core no longer takes the key from whichever config section has it.

const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

const consentModule = pathToFileURL(join(repoRoot, 'packages/consent/dist/index.js')).href
// The consent plugin and a plugin of another feature whose options happen to have the same key.
const preset = `import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { consentPlugin } from ${JSON.stringify(consentModule)}
const { z } = await import(pathToFileURL(createRequire(${JSON.stringify(consentModule)}).resolve('zod')).href)
const widget = { name: 'widget', configKey: 'widget', configSchema: z.object({ allowContentScripts: z.boolean().optional() }).optional(), setup: () => ({}) }
export default { plugins: () => [consentPlugin(), widget], themeDir: ${JSON.stringify(defaultTheme)} }
`

async function refusedScripts(sections: Record<string, unknown>): Promise<string[]> {
  const root = makeSite({
    'preset.mjs': preset,
    'nichepress.config.json': JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', ...sections }),
    'content/posts/script.md': '---\ntitle: Script\ndate: 2026-03-12\n---\n\n<script>console.log("guest")</script>\n',
  })
  roots.push(root)
  const site = await generateSite({ root, preset: join(root, 'preset.mjs'), keepGoing: true, cache: false })
  return site.messages.filter((message) => message.fatal && message.file === 'content/posts/script.md').map((message) => `${message.ruleId}@${message.line}`)
}

test.each([
  { sections: { consent: { enabled: false } }, refused: ['content-unsafe-html@6'] },
  { sections: { consent: { enabled: false, allowContentScripts: true } }, refused: [] },
  { sections: { consent: { allowContentScripts: true } }, refused: [] },
  // Consent on: its own check refuses what no service recognises.
  { sections: { consent: {} }, refused: ['consent-content-inline-script@6'] },
  // Another plugin's option of the same name says nothing about content scripts.
  { sections: { consent: { enabled: false }, widget: { allowContentScripts: true } }, refused: ['content-unsafe-html@6'] },
])('$sections → refused: $refused', async ({ sections, refused }) => {
  expect(await refusedScripts(sections)).toEqual(refused)
}, 60_000)
