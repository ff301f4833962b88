import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the affiliate feature lands: owns its config key so sites may already configure it.
/** The affiliate plugin. */
export function affiliatePlugin(): NichepressPlugin {
  return definePlugin({ name: 'affiliate', configKey: 'affiliate', configSchema: z.looseObject({}), setup: () => ({}) })
}
