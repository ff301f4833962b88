import { expect, test } from 'vitest'
import * as api from './index.js'

test('public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'Reporter',
    'UnknownSourceError',
    'detectSourceKind',
    'embedHtml',
    'embedProviders',
    'finishImport',
    'formatReport',
    'importHugo',
    'importJekyll',
    'importSite',
    'importWordpress',
    'normalizeDate',
    'parseEmbedUrl',
    'reportFileNames',
    'reportRules',
    'sourceReferencePrefix',
    'writeImport',
  ])
})
