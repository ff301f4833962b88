import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the lint feature lands: owns its config key so sites may already configure it.
/** The lint plugin. */
export function lintPlugin(): NichepressPlugin {
  return definePlugin({ name: 'lint', configKey: 'lint', configSchema: z.looseObject({}), setup: () => ({}) })
}
