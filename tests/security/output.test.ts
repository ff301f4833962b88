import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite, isNichepressError, outputMarkerName } from '@nichepress/core'
import { afterEach, describe, expect, test } from 'vitest'
import { cliBin, coreConfig, makeSite, presetPath, readTree, removeSite } from '../helpers/site.js'

// Issue #16: the output folder never eats the sources, nothing outside the site is read, and a
// build killed at any instant leaves the old or the new output.

const cliConfig = JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' } })

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

function site(files: Record<string, string> = {}, config = coreConfig()): string {
  const root = makeSite({ 'nichepress.config.json': config, 'content/posts/post.md': '---\ntitle: Post\ndate: 2026-03-12\n---\n\nText.\n', 'static/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', ...files })
  roots.push(root)
  return root
}

async function failure(promise: Promise<unknown>): Promise<{ ruleId: string | undefined; file: string | undefined; line: number | undefined }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!isNichepressError(error)) throw new Error(`expected a NichepressError, got ${String(error)}`)
  const [message] = error.messages
  return { ruleId: message?.ruleId, file: message?.file, line: message?.line }
}

describe('the output folder can never eat the sources', () => {
  test.each([
    ['.', 'the site folder'],
    ['..', 'a parent'],
    ['content', 'the content folder'],
    ['static', 'the static folder'],
    ['static/out', 'inside static'],
    ['content/posts', 'inside content'],
    ['/', 'the file system root'],
  ])('outDir %j (%s) is refused before anything is deleted, also with --force', async (outDir) => {
    const root = site()
    const sources = () => new Map([...readTree(root)].filter(([path]) => !path.startsWith('node_modules/')))
    const before = sources()
    const found = await failure(buildSite({ root, outDir: outDir.startsWith('/') ? outDir : join(root, outDir), force: true }))
    expect(found).toEqual({ ruleId: 'out-dir-unsafe', file: 'nichepress.config.json', line: 1 })
    expect(sources()).toEqual(before)
  })

  test.each(['theme', 'theme/out', 'theme/layouts'])('outDir %j (the site theme folder, or inside it) is refused before anything is deleted, also with --force', async (outDir) => {
    const root = site({ 'theme/layouts/post.hbs': '{{{content}}}', 'theme/assets/style.css': 'body{}' }, cliConfig)
    const sources = () => new Map([...readTree(root)].filter(([path]) => !path.startsWith('node_modules/')))
    const before = sources()
    const found = await failure(buildSite({ root, outDir: join(root, outDir), preset: presetPath, force: true }))
    expect(found).toEqual({ ruleId: 'out-dir-unsafe', file: 'nichepress.config.json', line: 1 })
    expect(sources()).toEqual(before)
  })

  test('a folder holding the config is refused too (a site inside the output folder)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'np-parent-'))
    roots.push(parent)
    const root = join(parent, 'site')
    mkdirSync(join(root, 'content/posts'), { recursive: true })
    writeFileSync(join(root, 'nichepress.config.json'), coreConfig())
    writeFileSync(join(root, 'content/posts/post.md'), '---\ntitle: Post\n---\n\nText.\n')
    expect((await failure(buildSite({ root, outDir: parent }))).ruleId).toBe('out-dir-unsafe')
    expect(existsSync(join(root, 'content/posts/post.md'))).toBe(true)
  })

  test('an existing folder nichepress did not write is kept unless forced; later builds recognise their marker', async () => {
    const root = site({ 'public/keep.txt': 'mine' }, cliConfig)
    expect(await failure(buildSite({ root, preset: presetPath }))).toEqual({ ruleId: 'out-dir-foreign', file: 'nichepress.config.json', line: 1 })
    expect(readFileSync(join(root, 'public/keep.txt'), 'utf8')).toBe('mine')
    const cli = spawnSync(process.execPath, [cliBin, 'build', '--root', root], { encoding: 'utf8', timeout: 60_000 })
    expect(cli.status, cli.stdout + cli.stderr).toBe(1)
    expect(cli.stdout + cli.stderr).toMatch(/out-dir-foreign/)
    await buildSite({ root, force: true, preset: presetPath })
    expect(existsSync(join(root, 'public/keep.txt'))).toBe(false)
    expect(existsSync(join(root, 'public', outputMarkerName))).toBe(true)
    await buildSite({ root, cache: false, preset: presetPath })
    expect(existsSync(join(root, 'public/post/index.html'))).toBe(true)
  })
})

describe('symlinks never lead out of the site', () => {
  function outside(): string {
    const dir = mkdtempSync(join(tmpdir(), 'np-outside-'))
    roots.push(dir)
    writeFileSync(join(dir, 'secret.md'), '---\ntitle: Secret\n---\n\nAPI_KEY=geheim\n')
    writeFileSync(join(dir, '.env'), 'API_KEY=geheim\n')
    mkdirSync(join(dir, 'folder'))
    writeFileSync(join(dir, 'folder/a.txt'), 'geheim')
    return dir
  }

  const links = [
    ['content/posts/leak.md', 'secret.md'],
    ['content/posts/folder', 'folder'],
    ['static/leak.txt', '.env'],
    ['static/dir', 'folder'],
    ['theme/layouts/post.hbs', 'secret.md'],
    ['theme/partials/footer.hbs', '.env'],
    ['theme/assets/leak.txt', '.env'],
  ]

  test.each(links)('%s → outside is an error naming the link', async (link, target) => {
    const root = site({}, cliConfig)
    const dir = outside()
    mkdirSync(join(root, link, '..'), { recursive: true })
    symlinkSync(join(dir, target), join(root, link))
    const error = await buildSite({ root, preset: presetPath }).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(isNichepressError(error), String(error)).toBe(true)
    const messages = isNichepressError(error) ? error.messages : []
    const found = messages.find((message) => message.ruleId === 'symlink-outside-site')
    expect(found, messages.map(String).join('\n')).toBeDefined()
    expect(found?.file).toContain(link.split('/').pop())
    expect(found?.line).toBe(1)
    expect(existsSync(join(root, 'public'))).toBe(false)
  })

  test.each(links)("with `symlinks: 'skip'`, %s → outside is skipped with a warning, nothing behind it is read, the site is built", async (link, target) => {
    const root = site({}, JSON.stringify({ ...JSON.parse(cliConfig), symlinks: 'skip' }))
    const dir = outside()
    mkdirSync(join(root, link, '..'), { recursive: true })
    symlinkSync(join(dir, target), join(root, link))
    const result = await buildSite({ root, preset: presetPath })
    const skipped = result.messages.filter((message) => message.ruleId === 'symlink-skipped')
    expect(skipped, result.messages.map(String).join('\n')).toHaveLength(1)
    expect(skipped[0]?.fatal).toBe(false)
    expect(skipped[0]?.file).toContain(link.split('/').pop())
    expect(skipped[0]?.line).toBe(1)
    expect(result.messages.some((message) => message.ruleId === 'symlink-outside-site')).toBe(false)
    // The site is there, and no byte of the linked secrets is in it.
    const output = readTree(join(root, 'public'))
    expect(output.has('post/index.html')).toBe(true)
    for (const [path, bytes] of output) expect(bytes.toString('utf8'), path).not.toContain('geheim')
    expect([...output.keys()].some((path) => path.includes('leak') || path.startsWith('dir/') || path.includes('folder/'))).toBe(false)
  })

  test("`symlinks` takes only 'error' or 'skip'", async () => {
    const root = site({}, coreConfig({ symlinks: 'follow' }))
    const found = await failure(buildSite({ root }))
    expect(found.ruleId).toBe('config-invalid')
  })

  test('links that stay inside the site are followed', async () => {
    const root = site({ 'shared/note.txt': 'ok' })
    symlinkSync(join(root, 'shared/note.txt'), join(root, 'static/note.txt'))
    symlinkSync(join(root, 'content/posts/post.md'), join(root, 'content/posts/zweit.md'))
    await buildSite({ root })
    expect(readFileSync(join(root, 'public/note.txt'), 'utf8')).toBe('ok')
    expect(readFileSync(join(root, 'public/zweit/index.html'), 'utf8')).toContain('Text.')
  })
})

describe('crash-safe output and the build lock', () => {
  const post = (n: number) => `---\ntitle: Post ${n}\ndate: 2026-03-12\n---\n\nText ${n}.\n`

  function cliBuild(root: string, env: Record<string, string> = {}) {
    return spawn(process.execPath, [cliBin, 'build', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  }

  // A build may end before the test kills it (a fast machine): then 'exit' has already fired.
  function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
    return new Promise((resolve) => child.on('exit', (code) => resolve(code)))
  }

  test('kill -9 between the two renames: the next build restores the output first, and no staging is left', async () => {
    const root = site({}, cliConfig)
    expect(spawnSync(process.execPath, [cliBin, 'build', '--root', root], { timeout: 60_000 }).status).toBe(0)
    const old = readTree(join(root, 'public'))
    writeFileSync(join(root, 'content/posts/new.md'), post(2))
    const signal = join(root, 'paused')
    const child = cliBuild(root, { NICHEPRESS_TEST_PAUSE_BETWEEN_RENAMES: signal })
    const deadline = Date.now() + 60_000
    while (!existsSync(signal) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(existsSync(signal)).toBe(true)
    child.kill('SIGKILL')
    await exited(child)
    // Between the renames: the output folder is set aside, the new one staged.
    expect(existsSync(join(root, 'public'))).toBe(false)
    expect(readdirSync(root).filter((name) => name.includes('nichepress-')).length).toBeGreaterThan(0)
    // The next command puts the previous output back before anything else.
    const { recoverOutput } = await import('@nichepress/core')
    expect(recoverOutput(join(root, 'public')).restored).toBe(true)
    expect(readTree(join(root, 'public'))).toEqual(old)
    expect(readdirSync(root).filter((name) => name.includes('nichepress-'))).toEqual([])
    const again = spawnSync(process.execPath, [cliBin, 'build', '--root', root], { encoding: 'utf8', timeout: 60_000 })
    expect(again.status, again.stdout + again.stderr).toBe(0)
    expect(existsSync(join(root, 'public/new/index.html'))).toBe(true)
  })

  test('kill -9 at many instants leaves the old or the new output, never none or a mix', async () => {
    const root = site({}, cliConfig)
    for (let n = 0; n < 12; n++) writeFileSync(join(root, `content/posts/p${n}.md`), post(n))
    expect(spawnSync(process.execPath, [cliBin, 'build', '--root', root, '--no-cache'], { timeout: 60_000 }).status).toBe(0)
    const old = readTree(join(root, 'public'))
    writeFileSync(join(root, 'content/posts/p0.md'), post(100))
    expect(spawnSync(process.execPath, [cliBin, 'build', '--root', root, '--out', join(root, 'reference'), '--no-cache'], { timeout: 60_000 }).status).toBe(0)
    const fresh = readTree(join(root, 'reference'))
    const variants = [old, fresh].map((tree) => [...tree].map(([path, bytes]) => `${path}:${bytes.length}`).join('\n'))
    // Instants spread over the build, including the swap (the signal from the pause hook ends it early).
    for (const delay of [300, 900, 1600, 2400, 3500]) {
      const child = spawn(process.execPath, [cliBin, 'build', '--root', root, '--no-cache'], { stdio: 'ignore' })
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill('SIGKILL')
      await exited(child)
      const { recoverOutput } = await import('@nichepress/core')
      recoverOutput(join(root, 'public'))
      const now = readTree(join(root, 'public'))
      const shape = [...now].map(([path, bytes]) => `${path}:${bytes.length}`).join('\n')
      expect(variants, `killed after ${delay} ms`).toContain(shape)
    }
    expect(readdirSync(root).filter((name) => name.includes('nichepress-new') || name.includes('nichepress-old'))).toEqual([])
  }, 300_000)

  test('two builds of one site at once both succeed, one after the other (never ENOTEMPTY)', async () => {
    const root = site({}, cliConfig)
    const outputs = ['', '']
    const runs = [0, 1].map((index) => {
      const child = spawn(process.execPath, [cliBin, 'build', '--root', root, '--no-cache'], { stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout?.on('data', (chunk: Buffer) => (outputs[index] += chunk.toString()))
      child.stderr?.on('data', (chunk: Buffer) => (outputs[index] += chunk.toString()))
      return exited(child)
    })
    const codes = await Promise.all(runs)
    expect(codes, outputs.join('\n---\n')).toEqual([0, 0])
    expect(outputs.join('')).not.toMatch(/ENOTEMPTY|EEXIST/)
    expect(existsSync(join(root, 'public/post/index.html'))).toBe(true)
    expect(readdirSync(root).filter((name) => name.includes('nichepress-'))).toEqual([])
  }, 240_000)

  test('a lock left by a process that no longer runs is taken over', async () => {
    const root = site()
    writeFileSync(join(root, '.public.nichepress-lock'), '999999999\n')
    await buildSite({ root })
    expect(existsSync(join(root, 'public/post/index.html'))).toBe(true)
    expect(existsSync(join(root, '.public.nichepress-lock'))).toBe(false)
  })
})
