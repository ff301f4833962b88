import type { CoreConfigInput } from '@nichepress/core'

/** A nichepress.config as written by users: core options plus each plugin's section. */
export type UserConfig = CoreConfigInput & Record<string, unknown>

/** Types a nichepress.config; returns it unchanged (validation happens when the build loads it). */
export function defineConfig<Config extends UserConfig>(config: Config): Config {
  return config
}
