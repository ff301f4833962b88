import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { affiliateOptionsSchema, type AffiliateOptions } from './affiliate-options.js'

/** The affiliate plugin: detection, rel, markers, disclosure and `/go/` links. */
export function affiliatePlugin(): NichepressPlugin<AffiliateOptions> {
  return definePlugin<AffiliateOptions>({ name: 'affiliate', configKey: 'affiliate', configSchema: affiliateOptionsSchema, setup: () => ({}) })
}
