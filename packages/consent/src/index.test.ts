import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'allowedHostsUsed',
    'blockDocument',
    'collectUrlSources',
    'consentConfigSchema',
    'consentContentEventHandler',
    'consentContentInlineScript',
    'consentContentSecurityPolicy',
    'consentPlugin',
    'consentStorage',
    'consentStorageName',
    'consentUnknownThirdParty',
    'cssUrls',
    'defaultTexts',
    'findServiceByScriptText',
    'findServiceByUrl',
    'hostsOf',
    'originsFound',
    'rehypeConsentBlocking',
    'remarkNoscriptBlocks',
    'runtimeScriptPath',
    'scriptFacts',
    'services',
    'servicesUsed',
    'siteServices',
    'srcsetUrls',
    'themeFacts',
  ])
})
