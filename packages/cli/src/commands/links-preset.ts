import type { NichepressPlugin, Preset } from '@nichepress/core'
import { NichepressError, pluginFailed } from '@nichepress/core'
import type { VFileMessage } from 'vfile-message'
import defaultPreset from '../preset.js'

// What `nichepress links` builds with: the CLI's preset, except that a plugin whose setup fails (a
// German site without its legal details, say) is left out and its messages are kept for the report,
// instead of stopping the build before any content is read. Link suggestions come from the content
// model; a plugin's configuration problem is something the report lists, never a reason to print nothing.
// Kept on globalThis: the command and core's preset loader must see one list even where a test
// runner loads this module twice.
const failures: VFileMessage[] = ((globalThis as Record<symbol, VFileMessage[] | undefined>)[Symbol.for('nichepress.links.setupFailures')] ??= [])

// Plugins that only audit or describe the finished output (`nichepress lint` and the build run
// them): they add no page, redirect or link, so the link report does not run them and stays fast.
// They stay in the config (their sections are validated, the config is the build's), so `links`
// and `build` share the render cache: neither of them renders anything.
const outputOnly = new Set(['lint', 'seo'])

function idle(plugin: NichepressPlugin): NichepressPlugin {
  return { ...plugin, setup: () => ({}) }
}

function tolerant(plugin: NichepressPlugin): NichepressPlugin {
  return {
    ...plugin,
    async setup(context) {
      try {
        return await plugin.setup(context)
      } catch (error) {
        if (error instanceof NichepressError) failures.push(...error.messages)
        else failures.push(pluginFailed.create({ file: context.config.configFile }, [plugin.name, error instanceof Error ? error.message : String(error)]))
        return {}
      }
    },
  }
}

const preset: Preset = {
  plugins: () => defaultPreset.plugins().map((plugin) => (outputOnly.has(plugin.name) ? idle(plugin) : tolerant(plugin))),
  themeDir: defaultPreset.themeDir,
}

export default preset

/** The setup failures seen since the last call (each plugin is set up once per build in this thread). */
export function takeSetupFailures(): VFileMessage[] {
  return failures.splice(0)
}
