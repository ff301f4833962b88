export { defineConfig } from './lib/define-config.js'
export type { UserConfig } from './lib/define-config.js'
export { defaultPlugins } from './lib/default-plugins.js'
export { main } from './main.js'
