// create-nichepress in a real terminal (a pseudo-terminal from util-linux `script`), as a newcomer
// runs it: in a folder whose path has spaces and umlauts, every question answered by typing. The
// unit tests drive the questions through streams; this checks what only a terminal decides (the
// command sees a TTY and asks) and that what it prints and writes works in a shell.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { createBin } from './starters/created-site.js'

const parent = join(mkdtempSync(join(tmpdir(), 'np-terminal-')), 'Mein Blög')
mkdirSync(parent)
afterAll(() => rmSync(join(parent, '..'), { recursive: true, force: true }))

// Runs `command` in a pseudo-terminal, typing `input`; resolves with the exit code and everything shown.
function inTerminal(command: string, input: string, cwd: string): Promise<{ code: number | null; shown: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', TERM: 'dumb' } })
    let shown = ''
    child.stdout.on('data', (chunk: Buffer) => {
      shown += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, shown }))
    // Kept open until the command exits: the end of input would answer every later question with its default.
    child.stdin.write(input)
  })
}

test('typed answers in a terminal make a site whose printed cd works, with its .gitignore and Node pin', async () => {
  const answers = ['Mein Blog', 'produkt', 'Sauerteig & Co', '', 'https://sauerteig.example', 'Jörg Müller', 'AT', 'Hauptplatz 1', '8010', 'Graz', 'joerg@sauerteig.example', '+43 316 123', 'Ein Blog über Sauerteig', '', '']
  const { code, shown } = await inTerminal(`${JSON.stringify(process.execPath)} ${JSON.stringify(createBin)} --no-install`, `${answers.join('\n')}\n`, parent)
  expect(code, shown).toBe(0)
  // It asked (a terminal), the country's law included.
  expect(shown).toContain('Folder for the new site (my-nichepress-site):')
  expect(shown).toContain('Phone (§ 5 Abs. 1 Z 3 ECG wants a second quick channel besides e-mail)')
  const site = join(parent, 'Mein Blog')
  const config = readFileSync(join(site, 'nichepress.config.ts'), 'utf8')
  expect(config).toContain("  title: 'Sauerteig & Co',")
  expect(config).toContain("  language: 'de-AT',")
  expect(config).toContain("name: 'Jörg Müller'")
  const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { name: string; engines: { node: string } }
  expect(manifest.name).toBe('mein-blog')
  expect(manifest.engines.node).toBe('^20.19 || 22.x')
  expect(existsSync(join(site, '.gitignore'))).toBe(true)
  // The printed `cd` line, pasted into a shell, lands in the site.
  const cd = /^ {2}(cd .+?)\r?$/m.exec(shown)?.[1] ?? ''
  expect(cd).toBe("cd 'Mein Blog'")
  expect(execFileSync('sh', ['-c', `${cd} && pwd`], { cwd: parent, encoding: 'utf8' }).trim()).toBe(site)
}, 60_000)
