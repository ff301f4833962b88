import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'affiliateDisclosureLanguage',
    'affiliateLinkConflict',
    'affiliateLinksInvalid',
    'affiliateMarketplaceDisclosure',
    'affiliateOptionsSchema',
    'affiliateParameters',
    'affiliatePlugin',
    'classifyAffiliateLink',
    'findAffiliateNetwork',
    'goSlugOf',
    'networks',
    'networksUsed',
    'rehypeAffiliate',
  ])
})
