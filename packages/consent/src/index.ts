import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

// Placeholder until the consent feature lands: owns its config key so sites may already configure it.
/** The consent plugin. */
export function consentPlugin(): NichepressPlugin {
  return definePlugin({ name: 'consent', configKey: 'consent', configSchema: z.looseObject({}), setup: () => ({}) })
}
