import { expect, test } from 'vitest'
import * as links from './index.js'

test('public exports', () => {
  expect(Object.keys(links).sort()).toEqual([
    'applySuggestions',
    'buildLinkGraph',
    'createLinkIndex',
    'defaultLinksOptions',
    'diffLines',
    'documentsFromPages',
    'extractLinkableRanges',
    'formatLinksReport',
    'linksOptionsSchema',
    'linksPageUnknown',
    'linksPlugin',
    'relativeHref',
    'suggestionsFor',
  ])
})
