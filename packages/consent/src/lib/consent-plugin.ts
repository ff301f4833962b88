import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'

/** The consent plugin. */
export function consentPlugin(): NichepressPlugin {
  return definePlugin({ name: 'consent', configKey: 'consent', configSchema: z.looseObject({}), setup: () => ({}) })
}
