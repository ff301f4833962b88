import { buildSite } from '@nichepress/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'

// Switzerland has four national languages. A Swiss operator's site in French or Italian gets its
// Impressum in that language ("Mentions légales", LCD art. 3 al. 1 let. s; "Note legali", LCSl art. 3
// cpv. 1 lett. s); the privacy policy and cookie page, not yet written in French or Italian, stay in
// English and every build says so (legal-language-missing) with the fix. Real built sites.

const lausanne = { street: 'Rue du Lac 5', postalCode: '1003', city: 'Lausanne', country: 'CH' }
const lugano = { street: 'Via Nassa 7', postalCode: '6900', city: 'Lugano', country: 'CH' }

async function build(config: Record<string, unknown>, pages: readonly string[]) {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Blog', url: 'https://blog.example', ...config }),
    'content/posts/bonjour.md': '---\ntitle: Bonjour\ndate: 2026-01-05\ndescription: Un test.\n---\n\nTexte.\n',
  })
  try {
    const result = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false })
    return { messages: result.messages, files: result.files, pages: pages.map((path) => readFileSync(join(result.outDir, path), 'utf8')) }
  } finally {
    removeSite(root)
  }
}

function text(html: string): string {
  const main = html.slice(html.indexOf('<div class="content">'), html.indexOf('</aside>'))
  return main
    .replace(/<br>/g, '\n')
    .replace(/<\/(?:p|h2)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
}

test('a Swiss SA in French: "Mentions légales" under LCD art. 3 al. 1 let. s, IDE and TVA, in fr-CH; valid HTML; linked from every page', async () => {
  const legal = {
    updated: '2026-01-15',
    hosting: 'netlify',
    operator: { kind: 'entity', name: 'Exemple Médias SA', legalForm: 'SA', representatives: ['Erika Muster'], address: lausanne },
    contact: { email: 'contact@exemple.example', phone: '+41 21 123 45 67' },
    uid: 'CHE-109.322.551',
    vatRegistered: true,
    capital: { amount: 'CHF 100 000', fullyPaidIn: true },
    register: { court: 'Registre du commerce du canton de Vaud', number: 'CH-550.1.234.567-8' },
  }
  const { messages, files, pages } = await build({ language: 'fr-CH', legal }, ['mentions-legales/index.html', 'bonjour/index.html'])
  const [impressum = '', post = ''] = pages
  expect(impressum).toContain('<html lang="fr-CH"')
  expect(impressum).toContain('<h1>Mentions légales</h1>')
  const lines = text(impressum)
  for (const line of [
    'Informations selon l’art. 3, al. 1, let. s, LCD',
    'Exemple Médias SA\nRue du Lac 5\n1003 Lausanne\nSuisse',
    'Personnes habilitées à représenter la société: Erika Muster',
    'Capital-actions: CHF 100 000 (entièrement libéré)',
    'Téléphone: +41',
    'E-mail: contact@exemple.example',
    'Registre du commerce et IDE',
    'Numéro d’identification des entreprises (IDE): CHE-109.322.551\nNuméro TVA: CHE-109.322.551 TVA\nOffice du registre du commerce: Registre du commerce du canton de Vaud',
    'Informations à jour au 15 janvier 2026.',
  ]) expect(lines).toContain(line)
  expect(lines).not.toMatch(/Angaben|UWG|MWST|Januar|DDG/)
  expect(files).not.toContain('legal-notice/index.html')
  expect(post).toContain('<a href="/mentions-legales/">Mentions légales</a>')
  expect(await htmlErrors(impressum)).toEqual([])
  const warning = messages.find((message) => message.ruleId === 'legal-language-missing')
  expect(warning?.reason).toContain('nichepress wrote the Swiss Impressum in French ("Mentions légales", /mentions-legales/), but it has no French privacy policy or cookie page')
  expect(warning?.reason).toContain('Art. 19 LPD (Loi fédérale sur la protection des données)')
  expect(warning?.note).toContain("`textLanguage: 'de'`")
  expect(String(warning?.file)).toMatch(/nichepress\.config\.json$/)
})

test('a Swiss blogger in Italian: "Note legali" under LCSl art. 3 cpv. 1 lett. s, in it-CH; the missing Italian privacy policy is a warning naming the LPD', async () => {
  const legal = { updated: '2026-01-15', hosting: 'netlify', operator: { name: 'Erika Muster', address: lugano }, contact: { email: 'contatto@esempio.example' } }
  const { messages, pages } = await build({ language: 'it-CH', legal }, ['note-legali/index.html', 'privacy/index.html'])
  const [impressum = '', privacy = ''] = pages
  expect(impressum).toContain('<html lang="it-CH"')
  const lines = text(impressum)
  for (const line of ['Indicazioni secondo l’art. 3 cpv. 1 lett. s LCSl', 'Erika Muster\nVia Nassa 7\n6900 Lugano\nSvizzera', 'Contatto', 'E-mail: contatto@esempio.example', 'Dati aggiornati al 15 gennaio 2026.']) expect(lines).toContain(line)
  expect(await htmlErrors(impressum)).toEqual([])
  // The privacy policy is the English one, declared as English.
  expect(privacy).toContain('<html lang="en"')
  const warnings = messages.filter((message) => message.ruleId === 'legal-language-missing')
  expect(warnings).toHaveLength(1)
  expect(warnings[0]?.reason).toContain('Art. 19 LPD (Legge federale sulla protezione dei dati)')
  expect(warnings[0]?.fatal).toBe(false)
})

test('a French Swiss site that chose its text language gets every legal page in it, and no warning', async () => {
  const legal = { updated: '2026-01-15', hosting: 'netlify', operator: { name: 'Erika Muster', address: lausanne }, contact: { email: 'contact@exemple.example' } }
  const { messages, files } = await build({ language: 'fr-CH', textLanguage: 'de', legal }, [])
  expect(files).toContain('impressum/index.html')
  expect(files).not.toContain('mentions-legales/index.html')
  expect(messages.map((message) => message.ruleId)).not.toContain('legal-language-missing')
})

// The footer's legal links of a Swiss French site are in two languages: "Mentions légales" in French, the
// privacy policy (not yet written in French) in English. Each link says its own language where it differs
// from the page's (WCAG 3.1.2); before, the whole list said lang="en" on French pages, "Mentions légales"
// included, and nothing on the English privacy page.
test('a Swiss French site: each footer link carries its own language, on French and on English pages', async () => {
  const legal = { updated: '2026-01-15', hosting: 'netlify', operator: { name: 'Erika Muster', address: lausanne }, contact: { email: 'contact@exemple.example' } }
  const { pages } = await build({ language: 'fr-CH', legal }, ['bonjour/index.html', 'privacy/index.html'])
  const footer = (html: string) => html.slice(html.indexOf('<footer'), html.indexOf('</footer>'))
  const [post = '', privacy = ''] = pages.map(footer)
  expect(post).toContain('<ul class="footer-links">')
  expect(post).toContain('<a href="/mentions-legales/">Mentions légales</a>')
  expect(post).toContain('<a href="/privacy/" lang="en">Privacy policy</a>')
  // On the English privacy page the French link is the one in another language.
  expect(privacy).toContain('<ul class="footer-links">')
  expect(privacy).toContain('<a href="/mentions-legales/" lang="fr-CH">Mentions légales</a>')
  expect(privacy).toContain('<a href="/privacy/" aria-current="page">Privacy policy</a>')
})
