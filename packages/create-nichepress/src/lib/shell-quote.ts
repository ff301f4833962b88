/**
 * A path as one shell word, so the printed `cd` works when pasted: a folder like `Mein Blog` would
 * otherwise be two arguments (`cd: too many arguments`). Single quotes in POSIX shells, double quotes
 * in cmd and PowerShell (where a path cannot contain `"`).
 */
export function shellQuote(path: string, platform: NodeJS.Platform): string {
  if (/^[\p{L}\p{N}@%+=:,./_-]+$/u.test(path)) return path
  return platform === 'win32' ? `"${path}"` : `'${path.replace(/'/g, "'\\''")}'`
}
