/**
 * The `.gitignore` of a new site. Without one, the first `git add .` of a newcomer commits
 * node_modules (hundreds of megabytes, with binaries for their own machine only) and the built
 * site, which Netlify, Vercel and CI build again anyway. Written by create-nichepress rather than
 * kept in the starters because npm leaves `.gitignore` files out of a packed package.
 */
export const siteGitignore = `# Installed packages, and nichepress's render cache (node_modules/.cache/nichepress)
node_modules/
# The built site: Netlify, Vercel and CI build it again from the content
public/
# Left beside public/ and the config only while a build runs (or when one was stopped midway)
.*.nichepress-*
.nichepress.config.*.mjs
# Vercel's build output (.vercel/output) and the Vercel CLI's project link
.vercel/
# The Netlify CLI's local state
.netlify/
`
