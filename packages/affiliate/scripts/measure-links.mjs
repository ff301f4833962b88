// Precision and recall of the affiliate classifier on the labelled link set, per class.
// Run after `pnpm run build`: node packages/affiliate/scripts/measure-links.mjs
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classifyAffiliateLink } from '../dist/index.js'

const file = fileURLToPath(new URL('../test-data/links.tsv', import.meta.url))
const rows = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => {
  const [url, expected, network, linkClass, source] = line.split('\t')
  return { url, expected, network, linkClass, source }
})

const byClass = new Map()
let tp = 0, fp = 0, fn = 0, tn = 0, mediumOk = 0, mediumTotal = 0
const misses = []
for (const row of rows) {
  const result = classifyAffiliateLink(row.url)
  const got = result?.confidence === 'high' ? 'affiliate' : result?.confidence === 'medium' ? 'medium' : 'none'
  const stats = byClass.get(row.linkClass) ?? { rows: 0, affiliate: 0, detected: 0, falsePositive: 0, none: 0, medium: 0, mediumOk: 0 }
  stats.rows++
  if (row.expected === 'affiliate') {
    stats.affiliate++
    if (got === 'affiliate' && result.network?.id === row.network) { tp++; stats.detected++ } else { fn++; misses.push(`missed ${row.url} (got ${got} ${result?.network?.id ?? ''})`) }
  } else if (row.expected === 'none') {
    stats.none++
    if (got === 'affiliate') { fp++; stats.falsePositive++; misses.push(`over-disclosed ${row.url}`) } else tn++
    if (got === 'medium') misses.push(`warned about ${row.url}: ${result.reason}`)
  } else {
    stats.medium++; mediumTotal++
    if (got === 'medium') { mediumOk++; stats.mediumOk++ } else misses.push(`expected a warning for ${row.url}, got ${got}`)
  }
  byClass.set(row.linkClass, stats)
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`)
console.log(`| class | rows | affiliate | detected | near misses | over-disclosed | warnings expected/given |`)
console.log(`| --- | --- | --- | --- | --- | --- | --- |`)
for (const [name, s] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${name} | ${s.rows} | ${s.affiliate} | ${s.detected} | ${s.none} | ${s.falsePositive} | ${s.medium}/${s.mediumOk} |`)
}
console.log('')
console.log(`rows ${rows.length}: affiliate ${tp + fn}, near misses ${fp + tn}, warnings ${mediumTotal}`)
console.log(`recall ${pct(tp, tp + fn)} (${tp}/${tp + fn}), precision ${pct(tp, tp + fp)} (${tp}/${tp + fp}), warnings right ${mediumOk}/${mediumTotal}`)
for (const miss of misses) console.log(`- ${miss}`)
