import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'blockDocument',
    'consentConfigSchema',
    'consentPlugin',
    'consentStorage',
    'consentStorageName',
    'consentUnknownThirdParty',
    'defaultTexts',
    'findServiceByScriptText',
    'findServiceByUrl',
    'rehypeConsentBlocking',
    'services',
    'servicesUsed',
  ])
})
