import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path'
import { buildLocked, outDirForeign, outDirUnsafe } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import { escapeRegExp } from '../escape-reg-exp.js'

/** The file every output folder nichepress writes carries, so it is recognised as replaceable. */
export const outputMarkerName = '.nichepress-output'
export const outputMarkerText = 'This folder was written by nichepress and is replaced as a whole on every build.\n'

/** What the output folder must never swallow. */
export interface OutDirGuard {
  /** The site folder. */
  root: string
  /** Folders and files of the site's sources: content, static, theme, the config file. */
  sources: readonly string[]
  /** Folders copied into the output (static, theme): the output may not lie inside them. */
  copiedFolders?: readonly string[] | undefined
  /** Replace an existing folder nichepress did not write (`--force`). */
  force?: boolean | undefined
  /** The file diagnostics point at (the config file, relative to the site). */
  configFile: string
  /** Where a build record names the output folder of the last build (counts as written by nichepress). */
  knownOutDir?: string | undefined
}

/**
 * Refuses an output folder that a build's swap would destroy sources with: the site folder itself,
 * a folder above it, a file system root or the home folder, a folder holding or inside `content/`,
 * `static/`, the theme or the config, or an existing non-empty folder nichepress did not write
 * (no marker) unless `force`. Throws a NichepressError; nothing is deleted before this passes.
 */
export function guardOutDir(outDir: string, guard: OutDirGuard): void {
  const out = realish(outDir)
  const root = realish(guard.root)
  const shown = relative(root, out) || '.'
  const fail = (reason: string) => {
    throw new NichepressError('unsafe output folder', [outDirUnsafe.create({ file: guard.configFile, line: 1, column: 1 }, [shown, reason])])
  }
  if (out === parse(out).root) fail('it is the root of the file system')
  if (out === realish(homedir())) fail('it is your home folder')
  if (out === root) fail('it is the site folder itself')
  if (isInside(root, out)) fail('the site folder is inside it')
  for (const source of guard.sources) {
    const real = realish(source)
    if (real === out || isInside(real, out)) fail(`it holds ${relative(root, real) || basename(real)}`)
  }
  // Inside the static or theme folder, each build would copy the last output into the next one.
  for (const source of guard.copiedFolders ?? []) {
    const real = realish(source)
    if (isInside(out, real)) fail(`it is inside ${relative(root, real) || basename(real)}, which is copied into it`)
  }
  // Inside a source folder (content/posts, say), a forced swap would delete the sources there. A
  // content folder that is the site folder itself (contentDir '.') is the usual place of the output.
  for (const source of guard.sources) {
    const real = realish(source)
    if (real !== root && isInside(out, real)) fail(`it is inside ${relative(root, real) || basename(real)}, whose files a build would delete`)
  }
  if (guard.force || !existsSync(out)) return
  let entries: string[]
  try {
    if (!statSync(out).isDirectory()) fail('it is a file')
    entries = readdirSync(out)
  } catch (error) {
    if (error instanceof NichepressError) throw error
    return
  }
  if (entries.length === 0 || entries.includes(outputMarkerName)) return
  if (guard.knownOutDir !== undefined && realish(guard.knownOutDir) === out) return
  throw new NichepressError('foreign output folder', [outDirForeign.create({ file: guard.configFile, line: 1, column: 1 }, [shown])])
}

// `a` is strictly inside `b`.
function isInside(a: string, b: string): boolean {
  const path = relative(b, a)
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)
}

// The real path as far as it exists (a missing tail is kept as written).
function realish(path: string): string {
  const absolute = resolve(path)
  let existing = absolute
  const tail: string[] = []
  while (!existsSync(existing)) {
    const parent = dirname(existing)
    if (parent === existing) return absolute
    tail.unshift(basename(existing))
    existing = parent
  }
  try {
    return join(realpathSync(existing), ...tail)
  } catch {
    return absolute
  }
}

/** Names of the folders and files a build keeps beside the output folder `outDir`. */
export function sidecarNames(outDir: string): { staging: string; previous: string; lock: string; pattern: RegExp } {
  const parent = dirname(outDir)
  const name = basename(outDir)
  return {
    staging: join(parent, `.${name}.nichepress-new-${process.pid}`),
    previous: join(parent, `.${name}.nichepress-old-${process.pid}`),
    lock: join(parent, `.${name}.nichepress-lock`),
    pattern: new RegExp(`^\\.${escapeRegExp(name)}\\.nichepress-(new|old)-(\\d+)$`),
  }
}

/** True while a process with this pid runs (or cannot be signalled for lack of rights). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Puts the output folder back in order after a build was killed: if it was killed between the two
 * renames of the swap (the output folder missing, the previous one set aside), the previous output
 * is restored; staging and set-aside folders of processes that no longer run are removed. Safe to
 * call at any time: folders of a running build are left alone.
 */
export function recoverOutput(outDir: string): { restored: boolean; removed: string[] } {
  const parent = dirname(outDir)
  const { pattern } = sidecarNames(outDir)
  let names: string[]
  try {
    names = readdirSync(parent)
  } catch {
    return { restored: false, removed: [] }
  }
  const leftovers = names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null && !isProcessAlive(Number(entry.match[2])))
  let restored = false
  if (!existsSync(outDir)) {
    const previous = leftovers
      .filter((entry) => entry.match[1] === 'old')
      .map((entry) => ({ ...entry, time: statSync(join(parent, entry.name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)[0]
    if (previous) {
      renameSync(join(parent, previous.name), outDir)
      restored = true
    }
  }
  const removed: string[] = []
  // A lock whose process is gone is stale.
  const { lock } = sidecarNames(outDir)
  try {
    const holder = readFileSync(lock, 'utf8').trim()
    // An empty lock is being written right now: leave it.
    if (/^\d+$/.test(holder) && !isProcessAlive(Number(holder))) {
      unlinkSync(lock)
      removed.push(basename(lock))
    }
  } catch {
    // No lock, or it just went.
  }
  for (const entry of leftovers) {
    const path = join(parent, entry.name)
    if (!existsSync(path)) continue
    rmSync(path, { recursive: true, force: true })
    removed.push(entry.name)
  }
  return { restored, removed }
}

/** A held build lock; `release` is idempotent. */
export interface OutputLock {
  release(): void
}

/**
 * Takes the lock of the output folder (a file beside it holding this process's pid). While another
 * live process holds it, waits up to `waitMs`, then throws `build-locked`. A lock whose process no
 * longer runs is taken over.
 */
export async function lockOutput(outDir: string, place: string, waitMs = 120_000): Promise<OutputLock> {
  const { lock } = sidecarNames(outDir)
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const handle = openSync(lock, 'wx')
      writeSync(handle, `${process.pid}\n`)
      closeSync(handle)
      let released = false
      return {
        release() {
          if (released) return
          released = true
          try {
            if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock)
          } catch {
            // Already gone.
          }
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    let holder = Number.NaN
    try {
      holder = Number(readFileSync(lock, 'utf8').trim())
    } catch {
      continue
    }
    if (!isProcessAlive(holder)) {
      // Stale: its process is gone. Take it over (a half-written lock reads as NaN and counts as stale
      // only once it is still there after a moment).
      if (Number.isNaN(holder)) await new Promise((resolve) => setTimeout(resolve, 50))
      try {
        const now = Number(readFileSync(lock, 'utf8').trim())
        if (now === holder || (Number.isNaN(now) && Number.isNaN(holder)) || !isProcessAlive(now)) unlinkSync(lock)
      } catch {
        // Gone already.
      }
      continue
    }
    if (Date.now() >= deadline) throw new NichepressError('build locked', [buildLocked.create({ file: place, line: 1, column: 1 }, [outDir, holder])])
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
