import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the seo feature lands: owns its config key so sites may already configure it.
/** The seo plugin. */
export function seoPlugin(): NichepressPlugin {
  return definePlugin({ name: 'seo', configKey: 'seo', configSchema: z.looseObject({}), setup: () => ({}) })
}
