import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { afterEach, expect, test } from 'vitest'
import { detectPackageManager } from './package-manager.js'
import { runCreate, type CreateIo } from './run-create.js'

const parents: string[] = []
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true })
})

function collect(): Writable & { text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString()), done()) })
  return Object.assign(stream, { text: () => chunks.join('') })
}

function io(stdin: PassThrough & { isTTY?: boolean }) {
  const cwd = mkdtempSync(join(tmpdir(), 'np-run-create-'))
  parents.push(cwd)
  const stdout = collect()
  const stderr = collect()
  return { cwd, stdout, stderr, value: { stdin, stdout, stderr, env: { npm_config_user_agent: 'pnpm/12.4.2 npm/? node/v20.20.2' }, cwd } satisfies CreateIo }
}

test('without a terminal it never waits for input: flags and defaults only', async () => {
  const stdin = new PassThrough() // never ends: a prompt would hang the test
  const { cwd, stdout, value } = io(stdin)
  const code = await runCreate([join(cwd, 'ci-site'), '--starter', 'blog', '--url', 'https://ci.example.org', '--no-install'], value)
  expect(code).toBe(0)
  const config = readFileSync(join(cwd, 'ci-site/nichepress.config.ts'), 'utf8')
  expect(config).toContain("  title: 'Ci Site',")
  expect(config).toContain("  language: 'en',")
  expect(stdout.text()).toContain('Next steps:\n  cd ci-site\n  pnpm install\n  pnpm dev')
  expect(stdout.text()).toContain('fictional operator')
})

test('in a terminal it asks for what the flags left out, including the operator', async () => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  const answers = ['mein-shop', '3', 'Das Sauerteig-Buch', '', 'https://sauerteig.de', 'Eva Beispiel', '', 'Brotweg 2', '50667', 'Köln', 'eva@sauerteig.de', '+49 221 555']
  stdin.end(`${answers.join('\n')}\n`)
  const code = await runCreate(['--no-install'], { ...value, cwd })
  expect(code).toBe(0)
  expect(stdout.text()).toContain('3. produkt')
  const config = readFileSync(join(cwd, 'mein-shop/nichepress.config.ts'), 'utf8')
  expect(config).toContain("  title: 'Das Sauerteig-Buch',\n  url: 'https://sauerteig.de',\n  language: 'de',")
  expect(config).toContain("name: 'Eva Beispiel'")
  expect(config).toContain("city: 'Köln',\n        country: 'DE',")
  expect(stdout.text()).not.toContain('fictional operator')
})

test.each([
  { argv: ['--lang', 'fr'], code: 2, stderr: /--lang must be de or en/ },
  { argv: ['--bogus'], code: 2, stderr: /Unknown option '--bogus'/ },
  { argv: ['x', '--starter', 'nope', '--no-install'], code: 1, stderr: /no starter "nope"/ },
])('$argv exits $code', async ({ argv, code, stderr }) => {
  const { stderr: errors, value } = io(new PassThrough())
  expect(await runCreate(argv.map((arg) => (arg === 'x' ? join(value.cwd, 'x') : arg)), value)).toBe(code)
  expect(errors.text()).toMatch(stderr)
})

test.each([
  ['pnpm/9.1.0 npm/? node/v20.20.2 linux x64', 'pnpm'],
  ['yarn/4.0.0 npm/? node/v20', 'yarn'],
  ['npm/11.0.0 node/v20.20.2', 'npm'],
  [undefined, 'npm'],
])('detectPackageManager(%j) is %s', (agent, expected) => {
  expect(detectPackageManager(agent)).toBe(expected)
})

test('a wrong answer is asked again on the spot; the answers before it are kept', async () => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  const answers = [
    'mein-shop', '3', 'Das Sauerteig-Buch', 'fr', '',
    'sauerteig.de', 'https://sauerteig.de',
    'Eva Beispiel',
    'Germany', 'at',
    'Brotweg 2', '50667', 'Köln',
    'eva(at)sauerteig.de', 'eva@sauerteig.de',
    'call me', '+49 221 555',
  ]
  stdin.end(`${answers.join('\n')}\n`)
  const code = await runCreate(['--no-install'], { ...value, cwd })
  expect(code).toBe(0)
  const text = stdout.text()
  expect(text).toContain('✖ "fr" is not a language nichepress writes; enter de or en.')
  expect(text).toContain('✖ "sauerteig.de" is not a site URL; expected one like https://my-blog.de. Did you mean https://sauerteig.de?')
  expect(text).toContain('✖ "Germany" is not a two-letter country code; expected one like DE, AT or CH.')
  expect(text).toContain('✖ "eva(at)sauerteig.de" is not an e-mail address')
  expect(text).toContain('✖ "call me" is not a phone number')
  const config = readFileSync(join(cwd, 'mein-shop/nichepress.config.ts'), 'utf8')
  // An Austrian operator: at the end of input the site is written in Austrian German.
  expect(config).toContain("  title: 'Das Sauerteig-Buch',\n  url: 'https://sauerteig.de',\n  language: 'de-AT',")
  expect(config).toContain("city: 'Köln',\n        country: 'AT',")
  expect(config).toContain("email: 'eva@sauerteig.de'")
  expect(config).toContain("phone: '+49 221 555'")
})

// legal-language-region: an Austrian operator's German site without `de-AT` dates its posts "Januar".
test.each([
  { answer: '', language: 'de-AT' },
  { answer: 'de', language: 'de' },
])('an Austrian operator of a German site is asked for Austrian German ($answer → $language)', async ({ answer, language }) => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  const answers = ['site', '1', '', '', '', 'Eva Beispiel', 'AT', 'Hauptplatz 1', '8010', 'Graz', 'eva@example.org', '', 'Ein Blog über Kocher', '', 'de-CH', answer]
  stdin.end(`${answers.join('\n')}\n`)
  expect(await runCreate(['--no-install'], { ...value, cwd })).toBe(0)
  expect(stdout.text()).toContain('✖ "de-CH" is neither; enter de-AT or de.')
  expect(readFileSync(join(cwd, 'site/nichepress.config.ts'), 'utf8')).toContain(`  language: '${language}',`)
})

test('a German operator is not asked for a regional German', async () => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  const answers = ['site', '1', '', '', '', 'Eva Beispiel', 'DE', 'Hauptstr. 1', '10115', 'Berlin', 'eva@example.org', '']
  stdin.end(`${answers.join('\n')}\n`)
  expect(await runCreate(['--no-install'], { ...value, cwd })).toBe(0)
  expect(stdout.text()).not.toContain('Austrian German')
  expect(readFileSync(join(cwd, 'site/nichepress.config.ts'), 'utf8')).toContain("  language: 'de',")
})

// The operator's country is asked first and decides the law every later question cites: an
// Austrian or Swiss operator told "§ 5 DDG" would look up a German statute that does not bind them.
test.each([
  { country: 'AT', street: 'required for the Impressum (§ 5 Abs. 1 Z 1 and 2 ECG)', email: 'required for the Impressum (§ 5 Abs. 1 Z 3 ECG)', phone: 'Phone (§ 5 Abs. 1 Z 3 ECG wants a second quick channel besides e-mail)' },
  { country: 'CH', street: 'required for the Impressum (Art. 3 Abs. 1 lit. s Ziff. 1 UWG)', email: 'required for the Impressum (Art. 3 Abs. 1 lit. s Ziff. 1 UWG)', phone: 'Phone (skip)' },
  { country: 'DE', street: 'required for the Impressum (§ 5 Abs. 1 Nr. 1 DDG)', email: 'required for the Impressum (§ 5 Abs. 1 Nr. 2 DDG)', phone: 'Phone (§ 5 Abs. 1 Nr. 2 DDG wants a second quick channel besides e-mail)' },
])('an operator in $country is told its own country’s Impressum law', async ({ country, street, email, phone }) => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  // An empty street and an empty e-mail address are refused, then given.
  const answers = ['site', '2', '', 'de', '', 'Eva Beispiel', country.toLowerCase(), '', 'Hauptplatz 1', '8010', 'Graz', '', 'eva@example.org', '']
  stdin.end(`${answers.join('\n')}\n`)
  expect(await runCreate(['--no-install'], { ...value, cwd })).toBe(0)
  const text = stdout.text()
  expect(text).toContain(`✖ The street is ${street}.`)
  expect(text).toContain(`✖ An e-mail address is ${email}.`)
  expect(text).toContain(phone)
  if (country !== 'DE') expect(text).not.toContain('DDG')
  expect(readFileSync(join(cwd, 'site/nichepress.config.ts'), 'utf8')).toContain(`city: 'Graz',\n        country: '${country}',`)
})

test('a folder that is not empty is asked again before anything else', async () => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { cwd, stdout, value } = io(stdin)
  mkdirSync(join(cwd, 'taken'))
  writeFileSync(join(cwd, 'taken/index.html'), 'old')
  stdin.end(['taken', 'fresh', '2', '', '', '', ''].join('\n') + '\n')
  expect(await runCreate(['--no-install'], { ...value, cwd })).toBe(0)
  expect(stdout.text()).toContain('✖ taken is not empty; choose a new folder.')
  expect(readFileSync(join(cwd, 'fresh/nichepress.config.ts'), 'utf8')).toContain("language: 'en'")
})

test('the printed cd quotes a folder with spaces, so pasting it works', async () => {
  const { cwd, stdout, value } = io(new PassThrough())
  expect(await runCreate(['Mein Blög', '--starter', 'blog', '--no-install'], value)).toBe(0)
  const cd = /^ {2}(cd .*)$/m.exec(stdout.text())?.[1] ?? ''
  expect(cd).toBe(process.platform === 'win32' ? 'cd "Mein Blög"' : "cd 'Mein Blög'")
  if (process.platform !== 'win32') expect(execFileSync('sh', ['-c', `${cd} && pwd`], { cwd, encoding: 'utf8' }).trim()).toBe(join(cwd, 'Mein Blög'))
})

test('a bad --url is a usage error before any question', async () => {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  const { stderr, stdout, value } = io(stdin)
  expect(await runCreate(['site', '--url', 'my-blog', '--no-install'], value)).toBe(2)
  expect(stderr.text()).toContain('--url: "my-blog" is not a site URL')
  expect(stdout.text()).toBe('')
})

test('a failed install exits 1 and says what to run', async () => {
  const { cwd, stderr, stdout, value } = io(new PassThrough())
  // No package manager can be found on this PATH: the install fails as an offline or broken one would.
  const env = { npm_config_user_agent: 'npm/11.0.0 node/v20.20.2', PATH: join(cwd, 'no-tools') }
  expect(await runCreate(['site', '--yes'], { ...value, env })).toBe(1)
  expect(stderr.text()).toContain('Installing with npm failed')
  expect(stdout.text()).toContain('Next steps:\n  cd site\n  npm install\n')
})
