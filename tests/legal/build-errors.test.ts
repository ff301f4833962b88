import { buildSite, isNichepressError } from '@nichepress/core'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'
import { buildWithPreset } from './legal-sites.js'

const post = { 'content/posts/hallo.md': '---\ntitle: Hallo\ndate: 2026-10-01\ndescription: Ein Test.\n---\n\nText.\n' }

test('a German site without `legal` fails the build naming the address and the e-mail, and writes nothing', async () => {
  const root = makeSite({ 'nichepress.config.json': JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de' }), ...post })
  try {
    const error = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false }).catch((caught: unknown) => caught)
    expect(isNichepressError(error)).toBe(true)
    const messages = isNichepressError(error) ? error.messages : []
    const reasons = messages.filter((message) => message.ruleId === 'legal-field-missing').map((message) => message.reason)
    expect(reasons).toContain("§ 5 Abs. 1 Nr. 1 DDG requires the operator's postal address (`legal.operator.address`).")
    expect(reasons).toContain('§ 5 Abs. 1 Nr. 2 DDG and Art. 13(1)(a) GDPR requires an e-mail address (`legal.contact.email`).')
    expect(messages.every((message) => String(message.file).endsWith('nichepress.config.json'))).toBe(true)
    expect(existsSync(join(root, 'public'))).toBe(false)
  } finally {
    removeSite(root)
  }
})

// The output audit would (rightly) fail a German site without Impressum links; this test is about the legal plugin alone.
test('`legal.enabled: false` builds without legal pages or footer links', async () => {
  const root = makeSite({ 'nichepress.config.json': JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, lint: { audit: 'off' } }), ...post })
  try {
    const documents = await buildWithPreset(root)
    expect(documents.has('impressum/index.html')).toBe(false)
    expect(documents.has('datenschutz/index.html')).toBe(false)
    expect(documents.get('hallo/index.html')).not.toContain('href="/impressum/"')
  } finally {
    removeSite(root)
  }
})
