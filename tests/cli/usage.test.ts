// The real `nichepress` binary: --version, --help for every command, flags that belong to their
// command, and usage errors that exit 2 with a message instead of a stack.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { cliBin, repoRoot } from '../helpers/site.js'

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliBin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const commands = ['build', 'dev', 'preview', 'init', 'lint', 'audit', 'links', 'import']

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }
  for (const flag of ['--version', '-v']) {
    const result = run(flag)
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(version)
  }
})

test('--help lists every command; a bare nichepress prints it and exits 2', () => {
  const help = run('--help')
  expect(help.status).toBe(0)
  for (const command of commands) expect(help.stdout).toMatch(new RegExp(`^ {2}${command}\\s`, 'm'))
  const bare = run()
  expect(bare.status).toBe(2)
  expect(bare.stderr).toContain('Usage: nichepress')
})

test.each(commands)('%s --help shows its own options and exits 0', (command) => {
  const result = run(command, '--help')
  expect(result.status).toBe(0)
  expect(result.stdout).toContain(`Usage: nichepress ${command}`)
  expect(result.stderr).toBe('')
  // `nichepress help <command>` says the same.
  expect(run('help', command).stdout).toBe(result.stdout)
})

test('each command lists only the flags it reads', () => {
  const options = (command: string) => new Set([...run(command, '--help').stdout.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]))
  expect(options('build')).toEqual(new Set(['--root', '--out', '--drafts', '--base-url', '--no-cache', '--json', '--force', '--help']))
  expect(options('lint')).toContain('--fix')
  expect(options('build')).not.toContain('--max-warnings')
  expect(options('init')).toContain('--starter')
  expect(options('dev')).toContain('--port')
})

test.each([
  [['build', '--max-warnings', '0'], /unknown option '--max-warnings'/],
  [['build', '--fix'], /unknown option '--fix'/],
  [['build', '--quiet'], /unknown option '--quiet'/],
  [['lint', '--starter', 'blog'], /unknown option '--starter'/],
  [['dev', '--port', 'abc'], /--port <n>.*'abc' is invalid\. A port is a whole number from 0 to 65535/],
  [['preview', '--port', '70000'], /'70000' is invalid/],
  [['lint', '--max-warnings', 'many'], /'many' is invalid\. Expected a whole number/],
  [['lint', '--format', 'xml'], /Allowed choices are stylish, json, sarif, github/],
  [['links', '--format', 'html'], /Allowed choices are text, markdown, json/],
  [['build', '--base-url', 'my-blog.de'], /'my-blog\.de' is invalid\. Expected an absolute http\(s\) URL/],
  [['import', '--from', 'ghost', 'x'], /Allowed choices are wordpress, jekyll, hugo/],
  [['audit'], /missing required argument 'dir'/],
  [['build', 'stray'], /too many arguments for 'build'/],
  [['buidl'], /unknown command 'buidl'/],
])('nichepress %j is a usage error: exit 2, the problem, no stack', (args, message) => {
  const result = run(...args)
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/crashed|\n\s+at /)
  expect(result.stdout).toBe('')
})

test('a usage error names the help of its command', () => {
  expect(run('dev', '--port', 'abc').stderr).toContain('nichepress dev --help')
})
