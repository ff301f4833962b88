import type { SiteLayout } from '../finish-import.js'
import type { ImportResult } from '../import-result.js'
export interface WordpressImportOptions extends Partial<SiteLayout> { siteUrl?: string | undefined }
export function importWordpress(_source: string, _options: WordpressImportOptions = {}): ImportResult { throw new Error('todo') }
