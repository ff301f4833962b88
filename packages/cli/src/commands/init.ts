import { cp, readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pc from 'picocolors'

/** Folder holding the starters (the monorepo's `starters/`). */
export const startersDir = fileURLToPath(new URL('../../../../starters/', import.meta.url))

/** `nichepress init <dir> [--starter name]`: copies a starter into a new or empty folder. */
export async function runInit(options: { dir: string | undefined; starter: string }): Promise<number> {
  if (!options.dir) {
    process.stderr.write('Usage: nichepress init <dir> [--starter nischenblog]\n')
    return 2
  }
  const source = join(startersDir, options.starter)
  if (!existsSync(source)) {
    const available = existsSync(startersDir) ? (await readdir(startersDir)).join(', ') : 'none'
    process.stderr.write(`There is no starter "${options.starter}". Available: ${available}.\n`)
    return 1
  }
  const target = resolve(options.dir)
  if (existsSync(target) && (await readdir(target)).length > 0) {
    process.stderr.write(`${target} is not empty; nothing was copied. Choose a new folder.\n`)
    return 1
  }
  await cp(source, target, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|public|\.cache)([\\/]|$)/.test(path.slice(source.length)),
  })
  process.stdout.write(`${pc.green('✔')} Created ${target} from the ${options.starter} starter.\nNext: cd ${options.dir} && npm install && npx nichepress dev\n`)
  return 0
}
