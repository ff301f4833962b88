import { expect, test } from 'vitest'
import * as links from './index.js'

test('public exports', () => {
  expect(Object.keys(links).sort()).toEqual([
    'applySuggestions',
    'buildLinkGraph',
    'createLinkIndex',
    'defaultLinksOptions',
    'defaultRankingWeights',
    'diffLines',
    'documentsFromPages',
    'extractLinkableRanges',
    'extractLinkableText',
    'formatLinksReport',
    'linksOptionsSchema',
    'linksPageUnknown',
    'linksPlugin',
    'relativeHref',
    'suggestionsFor',
    'supportedLanguages',
  ])
})
