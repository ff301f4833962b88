// After `npm pack`/`pnpm pack`/publish: remove the bundled starters again, so that in the monorepo
// create-nichepress keeps reading the live `starters/` (src/lib/starters.ts prefers a bundled copy).
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

await rm(fileURLToPath(new URL('../starters/', import.meta.url)), { recursive: true, force: true })
