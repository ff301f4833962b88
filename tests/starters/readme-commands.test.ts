// A starter's README is what a newcomer reads first, on a machine with only Node.js and npm
// (create-nichepress installs with npm unless it was run by another package manager). Every command
// it shows must run there: npm or npx, and `npm run <script>` names a script of the starter.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from '../helpers/site.js'

const starters = readdirSync(join(repoRoot, 'starters'))

// Commands in code spans and code blocks that start with a package manager.
function commandsIn(markdown: string): string[] {
  const code = [...markdown.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].flatMap((match) => (match[1] ?? match[2] ?? '').split('\n'))
  return code.map((line) => line.trim()).filter((line) => /^(?:npm|npx|pnpm|yarn|bun|bunx)\b/.test(line))
}

test.each(starters)('the %s starter README shows only commands that run with npm', (starter) => {
  const readme = readFileSync(join(repoRoot, 'starters', starter, 'README.md'), 'utf8')
  const scripts = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'starters', starter, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)
  const commands = commandsIn(readme)
  expect(commands.length).toBeGreaterThan(0)
  for (const command of commands) {
    expect(command, command).toMatch(/^(?:npm|npx) /)
    const script = /^npm run ([\w:-]+)/.exec(command)?.[1]
    if (script) expect(scripts, command).toContain(script)
  }
})
