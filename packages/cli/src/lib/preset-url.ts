/** URL of the preset module the CLI builds with (also handed to render workers). */
export const presetUrl = new URL('../preset.js', import.meta.url).href
