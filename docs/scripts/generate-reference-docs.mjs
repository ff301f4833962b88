#!/usr/bin/env node
// Writes the generated reference pages of the docs site from the code itself, so they cannot drift:
//   docs/config.md       from the config schemas (core's and each default plugin's)
//   docs/lint-rules.md   from the lint rules' metadata
//   docs/errors/index.md from the error pages (their title and first paragraph)
// Run after building the packages:  pnpm build && node docs/scripts/generate-reference-docs.mjs
// tests/docs/reference-docs.test.ts fails when a committed file is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { coreConfigSchema } from '@nichepress/core'
import { rules } from '@nichepress/lint'
import { defaultPlugins } from 'nichepress'
import { z } from 'zod'

const docsDir = fileURLToPath(new URL('../', import.meta.url))

// What a schema cannot say: why an option exists. Keyed by section and dotted path.
const notes = {
  core: {
    title: 'Site name: `<title>` suffix, header, feeds, JSON-LD.',
    url: 'Public address, `http(s)` only, without query or fragment; a trailing slash is removed. Canonical URLs, sitemaps and feeds are absolute from it. The root of a host (`https://x.de/`) or a folder (`https://x.de/blog/`, a GitHub Pages project site `https://user.github.io/repo/`): in a folder, every root path the build writes (links, assets, the consent runtime, redirects) gets the folder in front (`/archiv/` → `/blog/archiv/`), also the root paths authors write in Markdown; `nichepress dev` and `preview` serve the site there. See [sites in a folder](deploy-github-pages.md#sites-in-a-folder).',
    language: 'Default `"de"`. The content language, a BCP 47 tag (`de`, `de-AT`, `en-GB`, `fr`, `ja`), canonicalised (`EN-gb` → `en-GB`): `<html lang>`, hreflang (`x-default`), feed language, JSON-LD `inLanguage`, `og:locale`. A value that is no tag (`de_AT`, `german`) is a [`config-invalid`](errors/config-invalid.md) error naming the tag to write.',
    textLanguage: 'The language of nichepress\'s own texts: UI strings, legal pages, affiliate disclosures, dates, the archive and tag URLs (`/archiv/`, `/themen/` in German). Unset: the primary subtag of `language` when it is `de` or `en` (`de-AT` → `de`); for any other language English, with the warning [`text-language-defaulted`](errors/text-language-defaulted.md) until you set it.',
    description: 'Home page meta description and feed description.',
    titleTemplate: '`%s` is the page title, `{site}` the site title.',
    publisher: 'Who publishes the site (JSON-LD `publisher`, footer ©).',
    authors: 'Referenced by `author:` in front matter (by `id`).',
    nav: 'Main navigation, in order.',
    contentDir: 'Markdown folder. `posts/` holds dated posts; every other `.md` is a page.',
    outDir: 'Build output; replaced atomically on each build.',
    staticDir: 'Copied into the output as is (favicon, images).',
    themeDir: 'The site\'s own templates; each file overrides the default theme\'s file of the same path.',
    permalinks: 'URL patterns: `:slug`, `:year`, `:month`, `:day`, `:category`, `:path` (folders below `posts/`/`pages/`, `index.md` names its folder).',
    'pagination.perPage': 'Posts per list page.',
    limits: 'Per-file budget against pathological content; a file over it is not built (`content-budget`, see [security](security.md)).',
    'limits.maxFileBytes': 'Largest content file, in bytes.',
    'limits.maxFrontMatterBytes': 'Largest front matter, in characters.',
    'limits.maxTagsPerPage': 'Most tags on one page (each tag is a page).',
    'limits.maxNesting': '`>` quote levels on a line; list indentation up to 4 × this many columns.',
    'limits.maxInlineDelimiters': 'Most `*` `_` `~` `[` `` ` `` `|` in one paragraph.',
    'limits.maxRepeatedLines': 'Most lines that are only `=`/`-` or an empty list item.',
    'limits.maxRenderMs': 'Wall-clock time one file\'s Markdown may take to render (parse, plugins, HTML), in milliseconds; a file over it is stopped.',
    symlinks: 'A symlink in `content/`, `static/` or the theme that resolves outside the site: `\'error\'` ([`symlink-outside-site`](errors/symlink-outside-site.md)) or `\'skip\'` (not followed, warning [`symlink-skipped`](errors/symlink-skipped.md)).',
    plugins: 'Extra plugins, after the default ones.',
  },
  consent: { services: 'Services you include yourself (ids in [the registry](registry.md)); embeds in content are found without it.' },
  legal: {
    updated: 'Date printed on the legal pages; never the build clock.',
    hosting: 'Your host, named in the privacy policy (Art. 13(1)(e) GDPR).',
    mediaDisclosure: 'Austria only: the Offenlegung of § 25 MedienG (see [Austria and Switzerland](legal.md#austria-and-switzerland)).',
    uid: 'Switzerland only: the UID, `CHE-123.456.789`.',
    vatRegistered: 'Switzerland only: also print the MWST number (the UID with "MWST").',
  },
  lint: { rules: 'Per rule: `\'off\' | \'warn\' | \'error\'` or `[severity, options]`; see [the rules](lint-rules.md).' },
}

const links = {
  affiliate: '[Affiliate links](affiliate.md)',
  consent: '[Consent](consent.md)',
  legal: '[Legal pages](legal.md)',
  links: '[Internal links](links.md)',
  seo: '[SEO](seo.md)',
  lint: '[Lint and audit](lint.md)',
}

const cell = (value) => String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (value) => `\`${cell(value)}\``

function typeOf(schema) {
  if (!schema || Object.keys(schema).length === 0) return 'any'
  if (schema.enum) return schema.enum.map((value) => code(JSON.stringify(value).replace(/"/g, "'"))).join(' \\| ')
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' \\| ')
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') return `Record<string, ${schema.additionalProperties.type ?? 'object'}>`
  // Formats zod writes for string checks say less than their pattern; real formats make the pattern noise.
  const isRealFormat = schema.format && !['includes', 'starts_with', 'ends_with', 'regex'].includes(schema.format)
  const details = [isRealFormat ? schema.format : '', schema.pattern && !isRealFormat ? `pattern ${code(schema.pattern)}` : '']
  if (schema.minimum !== undefined || schema.maximum !== undefined) details.push(`${schema.minimum ?? schema.exclusiveMinimum ?? ''}–${schema.maximum && schema.maximum < 1e15 ? schema.maximum : ''}`)
  return [schema.type ?? 'any', ...details.filter(Boolean)].join(', ')
}

// One row per option, objects flattened to dotted paths; arrays and records of objects add `[]` / `.<key>`.
function rows(schema, prefix = '') {
  const result = []
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key
    const isRequired = (schema.required ?? []).includes(key) && property.default === undefined
    result.push({ path, type: typeOf(property), isRequired, default: property.default })
    if (property.type === 'object' && property.properties) result.push(...rows(property, path))
    if (property.type === 'array' && property.items?.properties) result.push(...rows(property.items, `${path}[]`))
    if (property.additionalProperties?.properties) result.push(...rows(property.additionalProperties, `${path}.<id>`))
    for (const variant of property.anyOf ?? []) if (variant.properties) result.push(...rows(variant, path))
  }
  return result
}

function table(section, schema, notesOf = {}) {
  const lines = ['| option | type | default | notes |', '| --- | --- | --- | --- |']
  for (const row of rows(schema)) {
    const name = section === 'core' ? row.path : `${section}.${row.path}`
    const fallback = row.isRequired ? '**required**' : row.default === undefined ? '–' : code(JSON.stringify(row.default))
    lines.push(`| ${code(name)} | ${row.type} | ${fallback} | ${cell(notesOf[row.path])} |`)
  }
  return lines.join('\n')
}

const toJsonSchema = (schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })

/** The full Markdown of docs/config.md. */
export function renderConfigDocs() {
  const plugins = defaultPlugins().filter((plugin) => plugin.configKey && plugin.configSchema)
  const parts = [
    '# Configuration reference',
    '',
    '<!-- Generated by docs/scripts/generate-config-docs.mjs from the config schemas. Do not edit by hand. -->',
    '',
    'Options marked **required** are required within their object (an optional object may be left out).',
    '',
    'A site is configured in `nichepress.config.ts` (or `.js`, `.mjs`, `.json`, `.yaml`) at its root.',
    'Core reads the top-level options below; each plugin reads its own section. A section you leave',
    'out gets its defaults; an unknown key fails the build with',
    '[`config-unknown-key`](errors/config-unknown-key.md), a wrong value with',
    '[`config-invalid`](errors/config-invalid.md).',
    '',
    '```ts',
    "import { defineConfig } from 'nichepress'",
    '',
    'export default defineConfig({',
    "  title: 'Field Notes',",
    "  url: 'https://fieldnotes.example',",
    "  language: 'en',",
    "  legal: { /* … */ },",
    '})',
    '```',
    '',
    '## Core options',
    '',
    table('core', toJsonSchema(coreConfigSchema), notes.core),
    '',
  ]
  for (const plugin of plugins) {
    parts.push(`## \`${plugin.configKey}\``, '', `Read by the \`${plugin.name}\` plugin. Guide: ${links[plugin.configKey] ?? '–'}.`, '', table(plugin.configKey, toJsonSchema(plugin.configSchema), notes[plugin.configKey]), '')
  }
  return parts.join('\n')
}

/** docs/lint-rules.md: one row per lint rule, linking its page in docs/errors/. */
export function renderRulesIndex() {
  const lines = [
    '# Lint rules',
    '',
    '<!-- Generated by docs/scripts/generate-reference-docs.mjs from the rules\' metadata. Do not edit by hand. -->',
    '',
    '`nichepress lint` checks the Markdown sources, `nichepress audit` the built HTML (see [Lint and audit](lint.md)).',
    'Set a rule\'s severity or options under `lint.rules` in the config ([reference](config.md)).',
    '',
    '| rule | category | checks | default | fixable | what it finds |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.id}\`](errors/${rule.id}.md) | ${rule.category} | ${rule.scope.join(', ')} | ${rule.severity} | ${rule.fixable ? 'yes' : 'no'} | ${cell(rule.description)} |`),
    '',
  ]
  return lines.join('\n')
}

/** docs/errors/index.md: every error page with its first sentence of "what happened". */
export function renderErrorsIndex() {
  const pages = readdirSync(`${docsDir}errors`).filter((name) => name.endsWith('.md') && name !== 'index.md').sort()
  const rows = pages.map((name) => {
    const text = readFileSync(`${docsDir}errors/${name}`, 'utf8')
    // An error page says "**What happened:**"; a lint rule's page starts with what it finds.
    const summary = /\*\*What happened:?\*\*:?\s*([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? /^# .*\n\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? ''
    const firstSentence = summary.replace(/\s+/g, ' ').split(/(?<=[.!?])\s/)[0] ?? ''
    return `| [\`${name.slice(0, -3)}\`](${name}) | ${cell(firstSentence)} |`
  })
  return [
    '# Diagnostics',
    '',
    '<!-- Generated by docs/scripts/generate-reference-docs.mjs from the pages in this folder. Do not edit by hand. -->',
    '',
    'Every message nichepress prints carries a permanent id; each id has a page here saying what',
    'happened, why and how to fix it: errors, warnings and lint rules alike (the rules by category',
    'and default in [Lint rules](../lint-rules.md)).',
    '',
    '| id | what happened |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

/** Every generated file: path below docs/ → its Markdown. */
export function renderReferenceDocs() {
  return { 'config.md': renderConfigDocs(), 'lint-rules.md': renderRulesIndex(), 'errors/index.md': renderErrorsIndex() }
}

/** The docs folder the files are written into. */
export const referenceDocsDir = docsDir

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(renderReferenceDocs())) {
    writeFileSync(`${docsDir}${path}`, text)
    process.stdout.write(`Wrote docs/${path}\n`)
  }
}
