import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the legal feature lands: owns its config key so sites may already configure it.
/** The legal plugin. */
export function legalPlugin(): NichepressPlugin {
  return definePlugin({ name: 'legal', configKey: 'legal', configSchema: z.looseObject({}), setup: () => ({}) })
}
