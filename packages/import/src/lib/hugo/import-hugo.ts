import type { SiteLayout } from '../finish-import.js'
import type { ImportResult } from '../import-result.js'
export interface HugoImportOptions extends Partial<SiteLayout> { siteUrl?: string | undefined }
export function importHugo(_source: string, _options: HugoImportOptions = {}): ImportResult { throw new Error('todo') }
