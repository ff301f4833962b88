import { defineDiagnostic } from './diagnostics.js'

// Every user-facing problem core reports. Ids are permanent: deprecate, never rename or delete.
// Each id has a page docs/errors/<id>.md (a test checks it).

export const configNotFound = defineDiagnostic({
  id: 'config-not-found',
  severity: 'error',
  message: (dir: string) => `No nichepress.config.{ts,mjs,js,json,yaml} found in ${dir}.`,
  hint: 'Run `nichepress init <dir>` to start from a starter, or pass `--root` pointing at your site folder.',
})

export const configLoadFailed = defineDiagnostic({
  id: 'config-load-failed',
  severity: 'error',
  message: (reason: string) => `The config file could not be read: ${reason}`,
  hint: 'Fix the syntax error at the position shown; the file must export the config object as default.',
})

export const configInvalid = defineDiagnostic({
  id: 'config-invalid',
  severity: 'error',
  message: (path: string, problem: string) => `Config option \`${path}\` ${problem}.`,
  hint: 'See https://nichepress.dev/config/ for every option, its type and default.',
})

export const configUnknownKey = defineDiagnostic({
  id: 'config-unknown-key',
  severity: 'error',
  message: (key: string) => `Config option \`${key}\` is not known.`,
  hint: 'Remove it, or check the spelling against https://nichepress.dev/config/.',
})

export const frontMatterSyntax = defineDiagnostic({
  id: 'front-matter-syntax',
  severity: 'error',
  message: (reason: string) => `The front matter is not valid YAML: ${reason}`,
  hint: 'Front matter sits between two `---` lines at the very top; quote values that contain `:` or start with a special character.',
})

export const frontMatterInvalid = defineDiagnostic({
  id: 'front-matter-invalid',
  severity: 'error',
  message: (field: string, problem: string) => `Front matter field \`${field}\` ${problem}.`,
  hint: 'See https://nichepress.dev/front-matter/ for every field and its type.',
})

export const frontMatterUnknownKey = defineDiagnostic({
  id: 'front-matter-unknown-key',
  severity: 'warning',
  message: (key: string, suggestion: string) => `Front matter key \`${key}\` is not known; did you mean \`${suggestion}\`?`,
  hint: 'Rename the key if it is a typo (nothing reads it as it is). A key your theme reads on purpose can stay; the warning is only for keys one typo away from a known one.',
})

export const contentEmpty = defineDiagnostic({
  id: 'content-empty',
  severity: 'error',
  message: () => 'The file is empty.',
  hint: 'Add front matter with at least a `title`, or delete the file.',
})

export const contentNotUtf8 = defineDiagnostic({
  id: 'content-not-utf8',
  severity: 'error',
  message: (offset: number) => `The file is not valid UTF-8 (first bad byte at offset ${offset}).`,
  hint: 'Re-save the file as UTF-8 (most editors: "Save with encoding" → UTF-8).',
})

export const contentUnreadable = defineDiagnostic({
  id: 'content-unreadable',
  severity: 'error',
  message: (reason: string) => `The content folder could not be read: ${reason}`,
  hint: 'Remove the symlink loop or the unreadable entry, or move it out of the content folder.',
})

export const duplicateUrl = defineDiagnostic({
  id: 'duplicate-url',
  severity: 'error',
  message: (url: string, other: string) => `The URL ${url} is also produced by ${other}.`,
  hint: 'Give one of the pages a different `slug` in its front matter.',
})

export const brokenInternalLink = defineDiagnostic({
  id: 'broken-internal-link',
  severity: 'error',
  message: (target: string) => `The link to ${target} points to no page of this site.`,
  hint: 'Check the path (Markdown links are relative to this file, e.g. `./other-post.md`), or remove the link.',
})

export const brokenImage = defineDiagnostic({
  id: 'broken-image',
  severity: 'warning',
  message: (target: string) => `The image ${target} is no file of this site; readers see a broken image.`,
  hint: 'Put the file into the static folder (`static/images/bild.png` is served as `/images/bild.png`), or correct the path.',
})

export const templateMissing = defineDiagnostic({
  id: 'template-missing',
  severity: 'error',
  message: (name: string) => `The theme has no template \`${name}\`.`,
  hint: 'Add the file to your theme folder, or remove the `layout` from the front matter to use the default.',
})

export const templateError = defineDiagnostic({
  id: 'template-error',
  severity: 'error',
  message: (reason: string) => `The template could not be rendered: ${reason}`,
  hint: 'Fix the Handlebars syntax at the position shown.',
})

export const pluginFailed = defineDiagnostic({
  id: 'plugin-failed',
  severity: 'error',
  message: (plugin: string, reason: string) => `The plugin ${plugin} failed: ${reason}`,
  hint: 'Check the plugin options in nichepress.config; if they are right, report the bug to the plugin.',
})

// Safety diagnostics (issue #16: no code from content, nothing written or read outside the site).

export const frontMatterEngine = defineDiagnostic({
  id: 'front-matter-engine',
  severity: 'error',
  message: (language: string) => `The front matter asks for the \`${language}\` engine; front matter is data and is never run.`,
  hint: 'Use YAML front matter: open the file with a bare `---` line and write `key: value` lines.',
})

export const frontMatterTag = defineDiagnostic({
  id: 'front-matter-tag',
  severity: 'error',
  message: (reason: string) => `The front matter uses a YAML type that constructs objects: ${reason}.`,
  hint: 'Use YAML front matter with plain values: remove the `!tag` (strings, numbers, true/false, lists and maps need none).',
})

export const pathUnsafe = defineDiagnostic({
  id: 'path-unsafe',
  severity: 'error',
  message: (field: string, value: string, reason: string) => `\`${field}\` ${value} cannot be a path of the site: ${reason}.`,
  hint: 'Write a root-relative path of plain segments, like `/alter-name/`: no `..`, `%2e`, backslashes, NUL, host names or over-long segments.',
})

export const urlShadowed = defineDiagnostic({
  id: 'url-shadowed',
  severity: 'error',
  message: (url: string, kind: string, other: string) => `${kind} ${url} would replace ${other}.`,
  hint: 'Remove the alias or redirect, or move the page it would hide: a redirect never silently replaces a page, feed or host file.',
})

export const outDirUnsafe = defineDiagnostic({
  id: 'out-dir-unsafe',
  severity: 'error',
  message: (outDir: string, reason: string) => `The output folder ${outDir} would be replaced on every build, but ${reason}.`,
  hint: 'Set `outDir` (or `--out`) to a folder of its own inside the site, like `public`.',
})

export const outDirForeign = defineDiagnostic({
  id: 'out-dir-foreign',
  severity: 'error',
  message: (outDir: string) => `The output folder ${outDir} exists and was not written by nichepress; it is not replaced.`,
  hint: 'Choose another `outDir`, empty or delete the folder yourself, or pass `--force` to replace it.',
})

export const symlinkOutsideSite = defineDiagnostic({
  id: 'symlink-outside-site',
  severity: 'error',
  message: (target: string) => `The symlink points outside the site folder (to ${target}); nothing outside the site is read.`,
  hint: 'Copy the file into the site instead of linking it, or remove the link (or set `symlinks: \'skip\'` in the config to skip such links with a warning).',
})

export const symlinkSkipped = defineDiagnostic({
  id: 'symlink-skipped',
  severity: 'warning',
  message: (target: string) => `The symlink points outside the site folder (to ${target}); it was skipped (config \`symlinks: 'skip'\`), nothing was read or published from it.`,
  hint: 'Copy the file into the site if it belongs to the site, or remove the link.',
})

export const basePathCssUrl = defineDiagnostic({
  id: 'base-path-css-url',
  severity: 'warning',
  message: (url: string, basePath: string, where: string) => `${where} loads ${url} from the root of the host; the site lives in ${basePath}/, so the browser will not find it there.`,
  hint: 'Write the URL relative to the page, or move the rule into a stylesheet file and write it relative to that file; links and images get the folder by themselves, inline CSS does not.',
})

export const textLanguageDefaulted = defineDiagnostic({
  id: 'text-language-defaulted',
  severity: 'warning',
  message: (language: string) => `The site's \`language\` is "${language}", for which nichepress has no texts of its own; its UI strings, legal pages, affiliate disclosures and dates are in English (the consent banner has texts of its own in more languages: see consent-text-language).`,
  hint: 'Set `textLanguage: \'en\'` (or `\'de\'`) in the config to choose the language of nichepress\'s own texts and silence this warning.',
})

export const contentBudget = defineDiagnostic({
  id: 'content-budget',
  severity: 'error',
  message: (what: string, limit: string) => `The file exceeds the ${what} budget (${limit}); it was not built.`,
  hint: 'Split the file, or raise the matching limit under `limits` in the config (`maxFileBytes`, `maxFrontMatterBytes`, `maxTagsPerPage`, `maxNesting`, `maxInlineDelimiters`, `maxRepeatedLines`, `maxRenderMs`; see https://nichepress.dev/security/).',
})

export const buildLocked = defineDiagnostic({
  id: 'build-locked',
  severity: 'error',
  message: (outDir: string, pid: number) => `Another nichepress process (pid ${pid}) is writing ${outDir}.`,
  hint: 'Wait for it to finish, or stop it; a lock left by a process that no longer runs is taken over automatically.',
})

export const contentUnsafeHtml = defineDiagnostic({
  id: 'content-unsafe-html',
  severity: 'error',
  message: (what: string) => `The content holds ${what}: it would run script in visitors' browsers or take over the page, and content is not trusted to do either.`,
  hint: 'Remove it (see https://nichepress.dev/errors/content-unsafe-html/ for what content may hold).',
})
