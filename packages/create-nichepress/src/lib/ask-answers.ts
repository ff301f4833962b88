import { createInterface } from 'node:readline'
import type { LegalDetails } from './legal-details.js'
import { findStarter, starters } from './starters.js'

/** Everything the prompt asks for; values already given as flags are not asked again. */
export interface Answers {
  dir: string
  starter: string
  title: string
  language: 'de' | 'en'
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

/** Asks for what `known` lacks, line by line on `input`/`output` (a terminal, or any stream in tests). */
export async function askAnswers(known: KnownAnswers, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Answers> {
  const lines = createInterface({ input, terminal: false })
  // The iterator buffers lines typed (or piped) ahead of their question; the end of input takes every default.
  const pending = lines[Symbol.asyncIterator]()
  const ask = async (question: string, fallback: string): Promise<string> => {
    output.write(`${question} (${fallback || 'skip'}): `)
    const line = await pending.next()
    return (line.done ? '' : String(line.value)).trim() || fallback
  }
  try {
    const dir = known.dir ?? (await ask('Folder for the new site', 'my-nichepress-site'))
    let starter = known.starter
    while (!starter || !findStarter(starter)) {
      output.write(`Starters:\n${starters.map((entry, index) => `  ${index + 1}. ${entry.id} – ${entry.description}`).join('\n')}\n`)
      const choice = await ask('Starter (number or name)', starters[0].id)
      starter = starters[Number(choice) - 1]?.id ?? choice
    }
    const defaults = defaultAnswers({ ...known, dir, starter })
    const title = known.title ?? (await ask('Site title', defaults.title))
    let language = known.language
    while (language !== 'de' && language !== 'en') language = (await ask('Language, de or en', defaults.language)) as 'de' | 'en'
    const url = known.url ?? ((await ask('Public URL, like https://my-blog.de', '')) || undefined)
    output.write('Operator details for Impressum and privacy policy (press Enter to keep the fictional example and edit nichepress.config.ts later).\n')
    const name = await ask('Your full name', '')
    const legal = name ? await askLegal(name, ask) : undefined
    return { dir, starter, title, language, url, legal }
  } finally {
    lines.close()
  }
}

async function askLegal(name: string, ask: (question: string, fallback: string) => Promise<string>): Promise<LegalDetails> {
  const street = await ask('Street and number', '')
  const postalCode = await ask('Postal code', '')
  const city = await ask('City', '')
  const country = await ask('Country code', 'DE')
  const email = await ask('E-mail address', '')
  const phone = (await ask('Phone (German sites need a second quick channel)', '')) || undefined
  return { name, street, postalCode, city, country, email, phone }
}
