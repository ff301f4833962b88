// Seeded generator of hostile and plain-odd Markdown files for the fuzz test (tests/security/fuzz.test.ts)
// and `pnpm fuzz` (scripts/fuzz.mjs). Same seed, same files: a failure is reproduced by its seed and index.

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (next, list) => list[Math.floor(next() * list.length)]
const int = (next, max) => Math.floor(next() * max)

const hostilePaths = [
  '/../escaped/',
  '/%2e%2e/%2e%2e/escaped/',
  '/.%2E/escaped/',
  '/a%2f..%2f..%2fescaped/',
  '/..\\\\escaped/',
  '//evil.example/x/',
  'relative/',
  '/nul\\u0000/',
  '/new\\nline/',
  '/q?x=1',
  '/50%-off/',
  '/%ZZ/',
  '/',
  '/_headers',
  '/_redirects',
  '/feed.xml',
  '/archiv/',
  '/impressum/',
  '/404.html',
  '/themen/a/',
  `/${'x'.repeat(260)}/`,
  '/mit leerzeichen/',
  '/grüße/',
  '/go/../../x/',
  '/\u202e/',
]

const strangeStrings = [
  '',
  ' ',
  'C++',
  'C#',
  'C',
  '🔥',
  '🔥🎉',
  '日本語',
  'Ελληνικά',
  'عربي',
  '\u200b',
  '\u202eevil',
  '<script>alert(1)</script>',
  '{{constructor.constructor "alert(1)"}}',
  '"quoted"',
  "it's",
  'a: b',
  '- list',
  '[bracket',
  '{brace',
  '&amp;',
  '%',
  '%25',
  '../../etc/passwd',
  '\\\\server\\share',
  'x'.repeat(300),
  'Ä'.repeat(120),
  '__proto__',
  'constructor',
]

function yamlString(next) {
  const value = pick(next, strangeStrings)
  return pick(next, [JSON.stringify(value), `'${value.replace(/'/g, "''")}'`, value])
}

const frontMatterLines = [
  (next) => `title: ${yamlString(next)}`,
  (next) => `title: ${pick(next, ['123', 'true', 'null', '[a, b]', '{a: 1}', '~', '0x1F', '.inf', '2026-01-01'])}`,
  (next) => `date: ${pick(next, ['2026-02-30', '2026-03-12T25:61:00', '2026-13-01', '2026-03-12T10:00:00+25:00', '0000-00-00', '2026-03-12', '2026-03-12T23:59:59Z', 'tomorrow', '2026-3-1', '99999-01-01'])}`,
  (next) => `updated: ${pick(next, ['2026-02-29', '2024-02-29T24:00:00', '2026-03-12 10:00', ''])}`,
  (next) => `slug: ${pick(next, ['../x', 'a/b', 'ok-slug', 'UPPER', '', `${'s'.repeat(250)}`, '-dash', 'ümlaut', '%2e%2e'])}`,
  (next) => `tags: [${Array.from({ length: 1 + int(next, 6) }, () => yamlString(next)).join(', ')}]`,
  (next) => `tags: ${pick(next, ['{a: 1}', '42', 'null', '""', '[[nested]]', '[C++, C#, C]', '[🔥, 日本語]'])}`,
  (next) => `categories: [${yamlString(next)}]`,
  (next) => `aliases: [${JSON.stringify(pick(next, hostilePaths))}]`,
  (next) => `aliases: ${JSON.stringify(pick(next, hostilePaths))}`,
  (next) => `aliases:\n  - ${JSON.stringify(pick(next, hostilePaths))}\n  - ${JSON.stringify(pick(next, hostilePaths))}`,
  (next) => `draft: ${pick(next, ['yes', 'true', 'false', '1', 'no'])}`,
  (next) => `lang: ${pick(next, ['de', 'en', 'fr', '', '[de]'])}`,
  (next) => `layout: ${pick(next, ['../../etc/passwd', 'post', 'nope', 'a b', '{{x}}'])}`,
  () => 'run: !!js/function "function () { return process.exit(3) }"',
  () => 're: !!js/regexp /a/g',
  () => 'obj: !!python/object:os.system [ls]',
  () => 'x: !custom value',
  () => 'x: !!binary aGVsbG8=',
  () => 'x: !!set {a, b}',
  () => 'x: !!timestamp 2026-01-01',
  () => 'a: &a [1, 2, 3]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  () => '__proto__: {polluted: true}',
  () => 'constructor: {prototype: {polluted: true}}',
  (next) => `deep: ${'['.repeat(50 + int(next, 200))}`,
  () => `deep: ${'['.repeat(30)}1${']'.repeat(30)}`,
  () => 'title: a\ntitle: b',
  () => '\ttabbed: 1',
  () => 'key with no value',
  () => ': empty key',
  () => '? complex\n: key',
  () => '%YAML 1.1\n---',
  () => '---\nsecond: document',
  (next) => `affiliateLinks: {${JSON.stringify(pick(next, ['shop', '../x', '', 'a b', '%']))}: ${JSON.stringify(pick(next, ['https://shop.example/a b', 'javascript:alert(1)', '//x', 'https://ok.example/']))}}`,
  (next) => `description: ${yamlString(next)}`,
  (next) => `image: ${pick(next, ['../../etc/passwd', 'https://x.example/a.png', '/a b.png', 'javascript:alert(1)'])}`,
  (next) => `${pick(next, ['titel', 'Title', 'tittle', 'TITLE'])}: Vertippt`,
  (next) => `many: {${Array.from({ length: 50 + int(next, 300) }, (_, i) => `k${i}: ${i}`).join(', ')}}`,
]

const openers = ['---', '---', '---', '---js', '---javascript', '---coffee', '--- yaml', '---json', '---toml', '----', '--- ', '+++']

const bodies = [
  () => 'Ein ganz normaler Absatz.',
  () => '# Überschrift\n\nText mit **fett** und _kursiv_.',
  () => '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
  () => '[link](javascript:alert(1)) [rel](../../../etc/passwd.md) [ok](./other.md) [abs](/nowhere/)',
  () => '{{config.title}} {{> base}} {{#each this}}{{/each}}',
  (next) => 'a\n' + '=\n'.repeat(20 + int(next, 200)),
  (next) => '-\n'.repeat(20 + int(next, 200)),
  (next) => Array.from({ length: 10 + int(next, 60) }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
  (next) => '>'.repeat(10 + int(next, 200)) + ' quote',
  (next) => '~~a'.repeat(20 + int(next, 300)),
  (next) => '*a'.repeat(20 + int(next, 300)),
  (next) => '['.repeat(20 + int(next, 500)),
  (next) => '|a'.repeat(5 + int(next, 60)) + '\n' + '|-'.repeat(5 + int(next, 60)),
  (next) => '<div>'.repeat(10 + int(next, 100)),
  (next) => '[^a]'.repeat(10 + int(next, 100)) + '\n\n[^a]: note',
  () => '```\nunclosed fence',
  () => '<!-- unclosed comment',
  () => '<svg><script>alert(1)</script></svg>',
  // Random soup of the pieces mutation XSS is made of (SonarSource's mXSS cheat sheet): namespaces,
  // raw-text elements, comments, quotes and a payload; the content HTML check must neither crash nor hang.
  (next) => Array.from({ length: 5 + int(next, 40) }, () => pick(next, ['<svg>', '<math>', '<mtext>', '<mglyph>', '<style>', '</style>', '<noscript>', '</noscript>', '<template>', '<table>', '<form>', '</form>', '<textarea>', '<title>', '<!--', '-->', '--!>', '</p>', '<p title="', '">', '<![CDATA[', ']]>', '<img src=x onerror=alert(1)>', '<a href="java&#x09;script:alert(1)">', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">', '<base href="//x">', '\n\n'])).join(''),
  () => '![img](<a b.png>) ![](../../etc/passwd)',
  () => '\u0000\u0001\u0002 control characters',
  () => '\u202e RTL override \u200b zero width',
  (next) => 'x'.repeat(1000 + int(next, 20000)),
  () => '---\nnot: front matter\n---',
  () => '',
]

function mutate(next, text) {
  const operations = 1 + int(next, 4)
  let out = text
  for (let index = 0; index < operations; index++) {
    const at = int(next, out.length + 1)
    switch (int(next, 7)) {
      case 0: // delete a span
        out = out.slice(0, at) + out.slice(at + 1 + int(next, 20))
        break
      case 1: // insert a special character
        out = out.slice(0, at) + pick(next, [':', '-', '\n', '"', "'", '[', '{', '!', '&', '*', '|', '>', '%', '#', '\t', '\r', '\u0000', '\uFFFD', '\uD800', '---\n']) + out.slice(at)
        break
      case 2: // duplicate a span
        out = out.slice(0, at) + out.slice(at, at + int(next, 40)).repeat(1 + int(next, 4)) + out.slice(at)
        break
      case 3: // truncate
        out = out.slice(0, Math.max(1, at))
        break
      case 4: // CRLF or lone CR line endings
        out = next() < 0.5 ? out.replace(/\n/g, '\r\n') : out.replace(/\n/g, '\r')
        break
      case 5: // a byte-order mark
        out = `\uFEFF${out}`
        break
      default: // swap two lines
        {
          const lines = out.split('\n')
          const a = int(next, lines.length)
          const b = int(next, lines.length)
          ;[lines[a], lines[b]] = [lines[b], lines[a]]
          out = lines.join('\n')
        }
        break
    }
  }
  return out
}

/**
 * The `index`-th case of run `seed`: a file name and its bytes. About one case in four is plain
 * valid (so the pipeline runs past parsing), the rest hostile or mutated.
 */
export function fuzzCase(seed, index) {
  const next = random(seed * 1_000_003 + index)
  const lines = ['title: Fuzz ' + index, 'date: 2026-03-12']
  const count = int(next, 4)
  for (let n = 0; n < count; n++) lines.push(pick(next, frontMatterLines)(next))
  if (next() < 0.3) lines.shift()
  const opener = next() < 0.8 ? '---' : pick(next, openers)
  const closer = next() < 0.95 ? '\n---\n' : '\n'
  const body = Array.from({ length: 1 + int(next, 3) }, () => pick(next, bodies)(next)).join('\n\n')
  let text = `${opener}\n${lines.join('\n')}${closer}\n${body}\n`
  if (next() < 0.25) text = `---\ntitle: Fuzz ${index}\ndate: 2026-03-12\ntags: [${pick(next, strangeStrings).length < 40 ? JSON.stringify(pick(next, strangeStrings)) : 'a'}]\n---\n\nPlain text ${index}.\n`
  else if (next() < 0.5) text = mutate(next, text)
  const bytes = Buffer.from(text, 'utf8')
  // Now and then invalid UTF-8.
  if (next() < 0.03 && bytes.length > 0) bytes[int(next, bytes.length)] = 0xff
  const names = [`case-${index}`, `case-${index}-日本`, `case-${index}-🔥`, `${index}-C++`, `${index} space`, `${index}-${'n'.repeat(int(next, 10) === 0 ? 240 : 5)}`]
  const folder = next() < 0.7 ? 'posts' : 'pages'
  return { path: `content/${folder}/${pick(next, names)}.md`, bytes }
}
