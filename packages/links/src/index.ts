import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the links feature lands: owns its config key so sites may already configure it.
/** The links plugin. */
export function linksPlugin(): NichepressPlugin {
  return definePlugin({ name: 'links', configKey: 'links', configSchema: z.looseObject({}), setup: () => ({}) })
}
