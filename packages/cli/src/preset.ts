import { dirname } from 'node:path'
import { createRequire } from 'node:module'
import type { Preset } from '@nichepress/core'
import { defaultPlugins } from './lib/default-plugins.js'

const require = createRequire(import.meta.url)

/** The plugins every nichepress site gets unless it turns them off, and the default theme. */
const preset: Preset = {
  plugins: defaultPlugins,
  themeDir: dirname(require.resolve('@nichepress/theme-default/package.json')),
}

export default preset
