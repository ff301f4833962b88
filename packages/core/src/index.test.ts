import { expect, test } from 'vitest'
import * as core from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(core).sort()).toEqual([
    'NichepressError', 'basePathOf', 'brokenInternalLink', 'buildLocked', 'buildSite', 'canonicalLanguageTag', 'chooseMarkdownParser', 'configFileNames', 'configInvalid', 'configLoadFailed',
    'configNotFound', 'configUnknownKey', 'contentBudget', 'contentEmpty', 'contentNotUtf8', 'contentUnreadable', 'coreConfigSchema', 'createFileCache',
    'createMarkdownRenderer', 'createMessage', 'defaultReportLimit', 'defineDiagnostic', 'definePlugin', 'diagnosticDocsBase', 'diagnosticUrl', 'documentHash',
    'documentTree', 'duplicateUrl', 'escapeHtml', 'expandPermalink', 'findConfigFile', 'formatDate', 'fromMessageData', 'frontMatterEngine', 'frontMatterInvalid',
    'frontMatterSchema', 'frontMatterSyntax', 'frontMatterTag', 'generateSite', 'impliedTextLanguage', 'isNichepressError', 'loadConfig', 'loadContent', 'outDirForeign',
    'outDirUnsafe', 'outputMarkerName', 'outputPathOf', 'paginate', 'parseDocumentTree', 'parseMarkdown', 'parserEnvironmentVariable', 'partLanguage', 'pathUnsafe', 'pluginFailed', 'primaryLanguage', 'printableText', 'readPage',
    'recoverOutput', 'reportMessages', 'resolveConfig', 'satteriDiffersOn', 'serializeHeadElement', 'setupPlugins', 'slugify', 'stableStringify',
    'symlinkOutsideSite', 'symlinkSkipped', 'templateError', 'templateMissing', 'textLanguageDefaulted', 'toListItem', 'toMessageData', 'uiStrings', 'urlShadowed', 'urlSlug', 'withBasePath', 'writeOutput',
  ])
})
