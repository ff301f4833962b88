import { expect, test } from 'vitest'
import * as api from './index.js'

test('public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'EmptySourceError',
    'Reporter',
    'UnknownSourceError',
    'detectSourceKind',
    'embedHtml',
    'embedProviders',
    'finishImport',
    'formatReport',
    'importHugo',
    'importJekyll',
    'importRedirectsPlugin',
    'importSite',
    'importWordpress',
    'normalizeDate',
    'parseEmbedUrl',
    'parseSiteRedirects',
    'reportFileNames',
    'reportRules',
    'resolveSiteRedirects',
    'siteRedirectsFileName',
    'sourceReferencePrefix',
    'termBase',
    'writeImport',
  ])
})
