import { spawn } from 'node:child_process'

/** A package manager create-nichepress can install with. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun'

/** The package manager that ran us, from `npm_config_user_agent` (`pnpm/9.1.0 npm/? node/v20…`); default npm. */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  const name = userAgent?.split('/')[0]
  return name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : 'npm'
}

/** The command that runs a package.json script (`npm run dev`, `pnpm dev`). */
export function runScriptCommand(packageManager: PackageManager, script: string): string {
  return packageManager === 'npm' ? `npm run ${script}` : `${packageManager} ${script}`
}

/** Runs `<packageManager> install` in `dir`, output passed through; resolves to its exit code. */
export function installDependencies(dir: string, packageManager: PackageManager, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(packageManager, ['install'], { cwd: dir, env, stdio: 'inherit', shell: process.platform === 'win32' })
    child.on('error', () => resolvePromise(127))
    child.on('exit', (code) => resolvePromise(code ?? 1))
  })
}
