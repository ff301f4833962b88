import { existsSync, readdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { impressumLawOf, type LegalDetails } from './legal-details.js'
import { findStarter, starters } from './starters.js'

/** Everything the prompt asks for; values already given as flags are not asked again. */
export interface Answers {
  dir: string
  starter: string
  title: string
  /** `de-AT` only when an Austrian operator chose it for a German site (see `askAnswers`). */
  language: 'de' | 'de-AT' | 'en'
  url: string | undefined
  legal: LegalDetails | undefined
}

/** Flags given on the command line (undefined: ask, or take the default). */
export type KnownAnswers = Partial<Omit<Answers, 'legal'>>

/** Defaults for a run without questions (`--yes` or no terminal): the starter's own values. */
export function defaultAnswers(known: KnownAnswers): Answers {
  const dir = known.dir ?? 'my-nichepress-site'
  const starter = known.starter ?? starters[0].id
  return {
    dir,
    starter,
    title: known.title ?? titleFromFolder(dir),
    language: known.language ?? findStarter(starter)?.language ?? 'de',
    url: known.url,
    legal: undefined,
  }
}

/** `my-blog` → `My Blog`. */
export function titleFromFolder(dir: string): string {
  const name = dir.split(/[\\/]/).filter(Boolean).at(-1) ?? dir
  return name.split(/[-_\s]+/).filter(Boolean).map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' ') || 'My Site'
}

/** Checks one answer: undefined when it is fine, else what is wrong and what is expected. */
export type AnswerCheck = (answer: string) => string | undefined

/** A folder (relative to `cwd`) that does not exist yet or is empty. */
export function folderCheck(cwd: string): AnswerCheck {
  return (answer) => {
    const dir = resolve(cwd, answer)
    if (answer.trim() === '') return 'Enter a folder name, like my-blog.'
    if (existsSync(dir) && !statSync(dir).isDirectory()) return `${answer} is a file; choose a new folder.`
    if (existsSync(dir) && readdirSync(dir).length > 0) return `${answer} is not empty; choose a new folder.`
    return undefined
  }
}

/** An absolute http(s) URL, or nothing (the starter's example URL stays). */
export const checkSiteUrl: AnswerCheck = (answer) => {
  if (answer === '') return undefined
  if (URL.canParse(answer) && /^https?:$/.test(new URL(answer).protocol) && new URL(answer).hostname.includes('.')) return undefined
  const guess = /^[\w.-]+\.[a-z]{2,}(?:\/.*)?$/i.test(answer) ? ` Did you mean https://${answer}?` : ''
  return `"${answer}" is not a site URL; expected one like https://my-blog.de.${guess}`
}

/**
 * An e-mail address, required: the Impressum must name one (Germany § 5 Abs. 1 Nr. 2 DDG, Austria
 * § 5 Abs. 1 Z 3 ECG, Switzerland Art. 3 Abs. 1 lit. s Ziff. 1 UWG; `country` picks the one cited, default DE).
 */
export function emailCheck(country = 'DE'): AnswerCheck {
  return (answer) => {
    if (/^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i.test(answer)) return undefined
    if (answer !== '') return `"${answer}" is not an e-mail address; expected one like eva@my-blog.de.`
    const law = impressumLawOf(country)
    return law ? `An e-mail address is required for the Impressum (${law.email}).` : 'An e-mail address is required for the privacy policy (the controller\'s contact details).'
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** An ISO 3166-1 alpha-2 country code (`DE`, `at`): it decides whether an Impressum is required. */
export const checkCountry: AnswerCheck = (answer) => {
  const code = answer.toUpperCase()
  if (/^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code) return undefined
  return `"${answer}" is not a two-letter country code; expected one like DE, AT or CH.`
}

/** A phone number, or nothing. */
export const checkPhone: AnswerCheck = (answer) =>
  answer === '' || /^\+?[\d\s()/.-]{5,}$/.test(answer) ? undefined : `"${answer}" is not a phone number; expected one like +49 30 1234567.`

// Name and address: the Impressum's paragraph of the operator's country, else the privacy policy's
// controller identity (Art. 13(1)(a) GDPR) for a country whose law the legal pages do not follow.
const required =
  (what: string, country: string): AnswerCheck =>
  (answer) => {
    if (answer !== '') return undefined
    const law = impressumLawOf(country)
    return law ? `${what} is required for the Impressum (${law.address}).` : `${what} is required for the privacy policy (the controller's address).`
  }

/**
 * Asks for what `known` lacks, line by line on `input`/`output` (a terminal, or any stream in tests).
 * Each answer is checked when it is given and asked again until it is right, so one typo costs one
 * line, not the answers before it. At the end of input the defaults are taken.
 */
export async function askAnswers(known: KnownAnswers, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, cwd: string = process.cwd()): Promise<Answers> {
  const lines = createInterface({ input, terminal: false })
  // The iterator buffers lines typed (or piped) ahead of their question; the end of input takes every default.
  const pending = lines[Symbol.asyncIterator]()
  const ask = async (question: string, fallback: string, check?: AnswerCheck): Promise<string> => {
    for (;;) {
      output.write(`${question} (${fallback || 'skip'}): `)
      const line = await pending.next()
      const answer = (line.done ? '' : String(line.value)).trim() || fallback
      const problem = line.done ? undefined : check?.(answer)
      if (problem === undefined) return answer
      output.write(`  ✖ ${problem}\n`)
    }
  }
  try {
    const dir = known.dir ?? (await ask('Folder for the new site', 'my-nichepress-site', folderCheck(cwd)))
    let starter = known.starter
    while (!starter || !findStarter(starter)) {
      output.write(`Starters:\n${starters.map((entry, index) => `  ${index + 1}. ${entry.id} – ${entry.description}`).join('\n')}\n`)
      const choice = await ask('Starter (number or name)', starters[0].id)
      starter = starters[Number(choice) - 1]?.id ?? choice
      if (!findStarter(starter)) output.write(`  ✖ There is no starter "${choice}"; enter its number or name.\n`)
    }
    const defaults = defaultAnswers({ ...known, dir, starter })
    const title = known.title ?? (await ask('Site title', defaults.title))
    const language = known.language ?? ((await ask('Language, de or en', defaults.language, (answer) => (answer === 'de' || answer === 'en' ? undefined : `"${answer}" is not a language nichepress writes; enter de or en.`))) as 'de' | 'en')
    const url = known.url ?? ((await ask('Public URL, like https://my-blog.de', '', checkSiteUrl)) || undefined)
    output.write('Operator details for Impressum and privacy policy (press Enter to keep the fictional example and edit nichepress.config.ts later).\n')
    const name = await ask('Your full name', '')
    const legal = name ? await askLegal(name, ask, output) : undefined
    const regional = legal?.country === 'AT' && language === 'de' && known.language === undefined ? await askAustrianGerman(ask) : language
    return { dir, starter, title, language: regional, url, legal }
  } finally {
    lines.close()
  }
}

async function askLegal(name: string, ask: (question: string, fallback: string, check?: AnswerCheck) => Promise<string>, output: NodeJS.WritableStream): Promise<LegalDetails> {
  // The country first: it decides the law every later question cites.
  const country = (await ask('Country code (DE, AT, CH…)', 'DE', checkCountry)).toUpperCase()
  if (!impressumLawOf(country)) output.write(`  ! nichepress's legal pages follow the law of Germany, Austria or Switzerland; an operator in ${country} publishes its own (set \`legal.enabled: false\` in nichepress.config.ts), or the build stops with legal-jurisdiction-unsupported.\n`)
  const street = await ask('Street and number', '', required('The street', country))
  const postalCode = await ask('Postal code', '', required('The postal code', country))
  const city = await ask('City', '', required('The city', country))
  const email = await ask('E-mail address', '', emailCheck(country))
  const secondChannel = impressumLawOf(country)?.secondChannel
  const phone = (await ask(secondChannel ? `Phone (${secondChannel} wants a second quick channel besides e-mail)` : 'Phone', '', checkPhone)) || undefined
  const mediaDisclosure = country === 'AT' ? await askMediaDisclosure(ask) : undefined
  return { name, street, postalCode, city, country, email, phone, mediaDisclosure }
}

// An Austrian operator's site in German: the legal plugin warns (legal-language-region) unless the site
// says `de-AT`, whose dates read "Jänner"; only a site written for readers in Germany keeps `de`.
async function askAustrianGerman(ask: (question: string, fallback: string, check?: AnswerCheck) => Promise<string>): Promise<'de' | 'de-AT'> {
  const answer = await ask('Austrian German (de-AT: dates say "Jänner") or German as in Germany (de)?', 'de-AT', (value) =>
    value === 'de' || value === 'de-AT' ? undefined : `"${value}" is neither; enter de-AT or de.`,
  )
  return answer === 'de' ? 'de' : 'de-AT'
}

// Austria: the Offenlegung of § 25 MedienG on every website (WKO, "Informationspflichten nach dem
// Mediengesetz für Websites"). The Blattlinie is needed where the site can shape public opinion
// (§ 25 Abs. 4); a site without one is a "kleine Website" (§ 25 Abs. 5), written as `editorial: false`.
async function askMediaDisclosure(ask: (question: string, fallback: string, check?: AnswerCheck) => Promise<string>): Promise<LegalDetails['mediaDisclosure']> {
  const businessPurpose = await ask('What the site does, for the Offenlegung (§ 25 Abs. 2 MedienG), like "Betrieb eines Blogs über Campingkocher"', '', (answer) =>
    answer === '' ? 'The Unternehmensgegenstand is required for the Offenlegung (§ 25 Abs. 2 and 5 MedienG).' : undefined,
  )
  // Left empty at the end of input: the build names the missing Offenlegung field (legal-field-missing).
  if (businessPurpose === '') return undefined
  const editorialLine = await ask('Its Blattlinie, the basic direction of a site that can shape public opinion (§ 25 Abs. 4 MedienG; Enter for a "kleine Website", § 25 Abs. 5)', '')
  return { businessPurpose, editorialLine: editorialLine || undefined }
}
