import { expect, test } from 'vitest'
import * as core from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(core).sort()).toEqual([
    'NichepressError', 'brokenInternalLink', 'buildSite', 'chooseMarkdownParser', 'configFileNames', 'configInvalid', 'configLoadFailed', 'configNotFound',
    'configUnknownKey', 'contentEmpty', 'contentNotUtf8', 'contentUnreadable', 'coreConfigSchema', 'createFileCache', 'createMarkdownRenderer', 'createMessage',
    'defaultReportLimit', 'defineDiagnostic', 'definePlugin', 'diagnosticDocsBase', 'diagnosticUrl', 'documentHash', 'duplicateUrl', 'escapeHtml', 'expandPermalink', 'findConfigFile', 'formatDate', 'fromMessageData', 'frontMatterInvalid',
    'frontMatterSchema', 'frontMatterSyntax', 'generateSite', 'isNichepressError', 'loadConfig', 'loadContent', 'outputPathOf', 'paginate',
    'parseMarkdown', 'parserEnvironmentVariable', 'pluginFailed', 'readPage', 'reportMessages', 'resolveConfig', 'satteriDiffersOn', 'serializeHeadElement', 'setupPlugins', 'slugify', 'stableStringify', 'templateError',
    'templateMissing', 'toListItem', 'toMessageData', 'uiStrings', 'writeOutput',
  ])
})
