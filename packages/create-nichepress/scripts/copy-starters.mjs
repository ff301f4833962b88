// Before `npm pack`/`npm publish`: bundle the monorepo's starters into the package, because a
// published create-nichepress has no monorepo around it. Build output and installs are left out.
import { cp, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../../../starters/', import.meta.url))
const target = fileURLToPath(new URL('../starters/', import.meta.url))
await rm(target, { recursive: true, force: true })
await cp(source, target, {
  recursive: true,
  filter: (path) => !/[\\/](node_modules|public|\.cache)([\\/]|$)/.test(path.slice(source.length)),
})
