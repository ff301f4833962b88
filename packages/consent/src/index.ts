export { consentPlugin } from './lib/consent-plugin.js'
export { consentStorage, consentStorageName, services } from './lib/registry.js'
export type { LocalizedText, Service, ServiceCategory, ServiceProvider, StorageEntry, ThirdCountryTransfer } from './lib/service.js'
