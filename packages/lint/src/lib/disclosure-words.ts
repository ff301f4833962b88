import { primaryLanguage } from '@nichepress/core'

/**
 * How one language discloses advertising: the words a disclosure uses, the words that deny them in
 * the same clause ("sans publicité", "bez reklamy"), and the words that start a new clause ("mais",
 * "ale"), so "keine bezahlte Werbung, aber Affiliate-Links" still discloses. Entries are regular
 * expression sources, matched case-insensitively as whole words (letters of any script).
 */
interface DisclosureVocabulary {
  /** Words that disclose wherever they stand (not negated). */
  words: readonly string[]
  /**
   * Words with an everyday sense too ("Anzeige" is a display and a criminal complaint, "Werbung nervt"
   * speaks of advertising in general): they disclose only as a label — at the start of a line or
   * sentence followed by a separator or "für"/"for", in brackets, or as a hashtag ("Anzeige:",
   * "[Werbung]", "#ad").
   */
  labels: readonly string[]
  /**
   * Words of earning ("Provision" is also a broker's fee, "commission" the European Commission): a
   * label too, or in a sentence that also speaks of links or purchases (`cues`: "…eine Provision,
   * wenn du über diese Links kaufst", "I may earn a fee if you buy through links").
   */
  earnings: readonly string[]
  /** Words of links, clicks and purchases that make an earning word's sentence a disclosure. */
  cues: readonly string[]
  negators: readonly string[]
  contrasts: readonly string[]
}

// Each language's words come from its regulator's or advertising self-regulator's guidance for
// influencer and affiliate disclosure (URLs below), plus the sentence Amazon's Operating Agreement
// asks for in that language (packages/affiliate/src/lib/networks.ts), which must count as one.
const vocabularies = {
  // § 5a Abs. 4 UWG; the labels German courts and the Landesmedienanstalten accept ("Werbung",
  // "Anzeige"); "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen".
  de: {
    // "Affiliatelinks", "Provisionslinks", "Empfehlungslinks": the compounds bloggers write.
    words: ['affiliate(?:-?links?)?', '(?:werbe|provisions|partner|empfehlungs|affiliate)-?links?', 'gesponsert\\p{L}*', 'amazon-partner', '(?:un)?bezahlte (?:werbung|partnerschaft|kooperation)', 'unbeauftragte werbung', 'enth(?:ält|alten|ielt) (?:(?:un)?bezahlte |unbeauftragte )?werbung', 'werbung (?:durch|wegen|aufgrund)', 'als werbung', '(?:ist|sind) werbung', 'werbehinweis', 'werbekennzeichnung', 'bezahlte[rn]? links?', 'werbekostenerstattung', '(?:amazon-)?partnerprogramm\\p{L}*'],
    labels: ['werbung', 'anzeige'],
    earnings: ['provision(?:en)?', 'vergütung', 'verdien\\p{L}*'],
    cues: ['links?', 'verlink\\p{L}*', '\\p{L}*kauf\\p{L}*', 'kaufst', 'kauft', 'bestell\\p{L}*', 'klick\\p{L}*'],
    negators: ['kein', 'keine', 'keinen', 'keiner', 'keinerlei', 'ohne', 'nicht', 'nie', 'niemals'],
    contrasts: ['aber', 'jedoch', 'sondern', 'doch'],
  },
  // FTC Endorsement Guides ("affiliate", "commission", "sponsored", "advertising");
  // "As an Amazon Associate I earn from qualifying purchases".
  en: {
    words: ['affiliates?(?:-?links?)?', 'sponsored', 'amazon associate', 'paid (?:partnership|promotion|post|endorsement)', 'contains? (?:paid )?(?:advertising|ads)'],
    labels: ['advertising', 'advertisement', 'ads?'],
    earnings: ['commissions?', 'compensat\\p{L}*', 'earn(?:s|ed|ing)?', 'fees?'],
    cues: ['links?', 'purchases?', 'purchased', 'buy(?:s|ing)?', 'bought', 'click(?:s|ed|ing)?', 'sales?', 'orders?'],
    negators: ['no', 'not', 'never', 'without', 'zero', 'non'],
    contrasts: ['but', 'however'],
  },
  // ARPP, fiche pratique « Communication d'influenceurs et marques » (2024) of the Recommandation
  // Communication publicitaire numérique, https://www.arpp.org/actualite/arpp-actualise-fiche-pratique-communication-influenceurs-et-marques
  // and https://www.arpp.org/actualite/communication-influenceurs-marques/ ("collaboration commerciale");
  // loi n° 2023-451 du 9 juin 2023, art. 5 ("Publicité" or "Collaboration commerciale"), enforced by the DGCCRF.
  fr: {
    words: ['publicités?', 'publicitaires?', 'sponsorisée?s?', 'collaborations? commerciales?', 'partenariats? rémunérés?', 'liens? affiliés?', 'liens? d[\'’]affiliation', 'affiliation', 'affiliée?s?', 'partenaire amazon'],
    labels: [],
    earnings: ['commissions?', 'rémunér\\p{L}*'],
    cues: ['liens?', 'achats?', 'achet\\p{L}*', 'achète\\p{L}*', 'cliqu\\p{L}*', 'commandes?'],
    negators: ['sans', 'pas', 'aucun', 'aucune', 'jamais', 'ni', 'non'],
    contrasts: ['mais', 'cependant', 'toutefois', 'pourtant'],
  },
  // Código de Conducta de Publicidad a través de Influencers (AUTOCONTROL, aea, IAB Spain; 2021,
  // new version in force 1 Oct 2025): labels such as "publi", "publicidad", "patrocinado",
  // https://www.abc.es/economia/regulacion-aplica-filtro-transparencia-acelerado-negocio-marketing-20251012171841-nt.html
  // https://www.cuatrecasas.com/es/spain/propiedad-intelectual/art/nuevo-codigo-conducta-publicidad-influencers-contenido-claves-practicas
  es: {
    words: ['publicidad(?:es)?', 'publi', 'publicitari[oa]s?', 'patrocinad[oa]s?', 'patrocinio', 'colaboraci[oó]n (?:comercial|pagada|remunerada)', 'enlaces? (?:de )?afiliad[oa]s?', 'enlaces? de afiliaci[oó]n', 'afiliad[oa]s?'],
    labels: [],
    earnings: ['comisi[oó]n(?:es)?'],
    cues: ['enlaces?', 'compras?', 'compr\\p{L}*', 'clic\\p{L}*'],
    negators: ['sin', 'no', 'ningún', 'ninguna', 'ninguno', 'nunca', 'ni', 'tampoco'],
    contrasts: ['pero', 'sino', 'aunque', 'embargo'],
  },
  // IAP (Istituto dell'Autodisciplina Pubblicitaria), Regolamento Digital Chart (30 Oct 2024):
  // "Pubblicità", "Sponsorizzato da", "Promosso da", "Advertising", "Adv", "in collaborazione con",
  // https://www.factorycommunication.it/glossario-marketing/digital-chart
  // https://heymancontent.com/post/guida-completa-alla-digital-chart-regole-pubblicità-social-per-influencer-e-brand
  // https://brand-news.it/blog/insight/piu-trasparenza-nellinfluencer-marketing-analisi-del-nuovo-regolamento-digital-chart-iap
  it: {
    words: ['pubblicità', 'pubblicitari[oaie]', 'sponsorizzat[oaie]', 'sponsorizzazione', 'promoss[oa] da', 'in collaborazione con', 'link affiliat[oi]', 'link di affiliazione', 'affiliazione', 'affiliat[oaie]'],
    labels: ['advertising', 'adv'],
    earnings: ['commissioni?'],
    cues: ['link', 'acquist\\p{L}*', 'compr\\p{L}*', 'clic\\p{L}*'],
    negators: ['senza', 'non', 'nessun', 'nessuna', 'nessuno', 'mai', 'né'],
    contrasts: ['ma', 'però', 'tuttavia', 'bensì'],
  },
  // Stichting Reclame Code, Reclamecode Social Media & Influencer Marketing (RSM) and its
  // toelichting: "#ad", "#adv", "#spon", "advertentie", "betaald partnerschap", affiliate links,
  // https://www.reclamecode.nl/social-toelichting/ and https://influencerregels.com/facebook/
  // (Belgium, Raad voor Reclame: "reclame, advertentie, sponsoring",
  // https://www.tijd.be/tech-media/media-marketing/Reclamesector-beteugelt-influencers/10056790);
  // "Als Amazon Associate verdien ik aan in aanmerking komende aankopen".
  nl: {
    words: ['advertenties?', 'gesponsorde?', 'sponsoring', 'reclame\\p{L}*', 'betaald partnerschap', 'betaalde samenwerking', 'affiliate(?:-?links?)?', 'partnerlinks?', 'amazon associate'],
    labels: ['adv', 'spon'],
    earnings: ['commissie'],
    cues: ['links?', 'aankop\\p{L}*', 'koop\\p{L}*', 'koopt', 'klik\\p{L}*'],
    negators: ['geen', 'zonder', 'niet', 'nooit', 'noch'],
    contrasts: ['maar', 'echter', 'doch'],
  },
  // Rekomendacje Prezesa UOKiK dotyczące oznaczania treści reklamowych przez influencerów (Sept 2022):
  // "reklama", "materiał reklamowy", "współpraca reklamowa", "płatna współpraca z marką",
  // https://www.wiadomoscikosmetyczne.pl/artykuly/sa-juz-rekomendacje-uokik-dotyczace-oznaczania-tre,70539;
  // affiliate links are advertising under it ("link afiliacyjny", "#materiałsponsorowany"),
  // https://blog-leadstar.pl/2023/04/04/czy-link-afiliacyjny-wedlug-uokik-nalezy-oznaczyc-jako-wspolprace-reklamowa/
  // "reklamacja" (a complaint about goods) is no advertising.
  pl: {
    words: ['reklam(?!acj)\\p{L}*', 'materiałreklamowy', 'współpracareklamowa', '\\p{L}*sponsorowan\\p{L}*', 'płatn\\p{L}* współprac\\p{L}*', 'afiliacyjn\\p{L}*', 'afiliacj\\p{L}*', 'link\\p{L}* partnersk\\p{L}*'],
    labels: [],
    earnings: ['prowizj\\p{L}*'],
    cues: ['link\\p{L}*', 'zakup\\p{L}*', 'kup\\p{L}*', 'klik\\p{L}*'],
    negators: ['bez', 'nie', 'żaden', 'żadna', 'żadne', 'żadnych', 'żadnej', 'żadnego', 'nigdy', 'ani'],
    contrasts: ['ale', 'lecz', 'jednak', 'natomiast'],
  },
  // CONAR, Guia de Publicidade por Influenciadores Digitais (2021): "#publicidade", "#publi",
  // "#publipost", "#anúncio", "#patrocinado"; affiliate commissions make a post advertising,
  // https://portalpublicitario.com.br/conar-derruba-perfis-achadinhos-shopee
  // https://pdfslide.tips/documents/01-por-influenciadores-guia-de-publicidade-guia-de-.html
  pt: {
    words: ['publicidade', 'publi', 'publipost', 'publicitári[oa]s?', 'anúncios?', 'patrocinad[oa]s?', 'parcerias? (?:paga|pagas|comercial|comerciais|remunerada|remuneradas)', 'links? de afiliad[oa]s?', 'afiliad[oa]s?'],
    labels: [],
    earnings: ['comiss(?:ão|ões)'],
    cues: ['links?', 'compras?', 'compr\\p{L}*', 'cliqu\\p{L}*'],
    negators: ['sem', 'não', 'nenhum', 'nenhuma', 'nunca', 'nem'],
    contrasts: ['mas', 'porém', 'contudo', 'entretanto'],
  },
  // Konsumentverket: "Reklam" or "Annons", also "Reklam för", "Betalt samarbete med",
  // "I annonssamarbete med"; affiliate links make a post marketing,
  // https://borow.se/?p=1786 (summarising Konsumentverket's guidance) and the Finnish consumer
  // ombudsman's Swedish guideline, https://kkv.fi/sv/konsumentarenden/information-och-anvisningar-till-foretag/konsumentombudsmannens-riktlinjer/influerarmarknadsforing-i-sociala-medier
  // "reklamation", "reklamera" (a complaint about goods) are no advertising.
  sv: {
    words: ['reklam(?!ation|era)\\p{L}*', 'annons\\p{L}*', 'sponsrade?', 'betalt samarbete', 'affiliate(?:-?länk\\p{L}*)?'],
    labels: [],
    earnings: ['provision(?:er)?'],
    cues: ['länk\\p{L}*', 'köp\\p{L}*', 'klick\\p{L}*'],
    negators: ['inte', 'ingen', 'inget', 'inga', 'utan', 'aldrig', 'ej'],
    contrasts: ['men', 'dock'],
  },
  // Forbrugerombudsmanden, Forbud mod skjult reklame – sociale medier: mark each post "reklame" or
  // "annonce" ("spons" and "ad" are not clear enough),
  // https://forbrugerombudsmanden.dk/alle-emner/forbud-mod-skjult-reklame/sociale-medier
  da: {
    words: ['reklame\\p{L}*', 'annonce\\p{L}*', 'sponsoreret', 'betalt samarbejde', 'affiliate(?:-?links?)?'],
    labels: [],
    earnings: ['provision'],
    cues: ['links?', 'køb\\p{L}*', 'klik\\p{L}*'],
    negators: ['ikke', 'ingen', 'intet', 'uden', 'aldrig'],
    contrasts: ['men', 'dog'],
  },
} as const satisfies Record<string, DisclosureVocabulary>

type DisclosureLanguage = keyof typeof vocabularies

/** The languages whose disclosure words the audit knows, sorted. */
export const disclosureLanguages = (Object.keys(vocabularies) as DisclosureLanguage[]).sort()

const anyOf = (sources: readonly string[]) => `(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`
// "werbefrei", "ad-free", "reklamfri", "reclamevrij": a compound that says the opposite.
const adFree = /^(?:-?\s?(?:frei|free|vrij|fri))(?![\p{L}\p{N}])/iu
const endsAdFree = /(?:frei|free|vrij|vrije|fri|frit|fritt|fria|frie)$/iu

const allOf = (code: DisclosureLanguage) => [...vocabularies[code].words, ...vocabularies[code].labels, ...vocabularies[code].earnings]
const wordsOf = (codes: readonly DisclosureLanguage[]) => new RegExp(anyOf(codes.flatMap(allOf)), 'giu')
const allWords = wordsOf(disclosureLanguages)
const whole = (sources: readonly string[]) => new RegExp(`^(?:${sources.length > 0 ? sources.join('|') : '(?!)'})$`, 'iu')

/** Per language: its words by kind, each matching a whole found word, and its cue words anywhere. */
const kindsByLanguage = new Map(
  disclosureLanguages.map((code) => {
    const { words, earnings, cues } = vocabularies[code]
    return [code, { all: whole(allOf(code)), words: whole(words), earnings: whole(earnings), cues: new RegExp(anyOf(cues), 'iu') }] as const
  }),
)

// Where a label may stand: the start of the text, a line, a sentence, or after a separator ("Im Mai: Werbung …").
const labelStart = /(?:^|[\n.!?:|–—]\s*|\s[-–—]\s*)[*#\[(\s]*$/u
// What may follow a label: a separator, a closing bracket, the end of the line or text, or "für"/"for" ("Werbung für XYZ").
const labelEnd = /^\s*(?:[:|–—\-)\]*]|\n|$|(?:für|for|för|pour|para|per|voor|dla)\s)/iu
const bracketed = /[([]\s*\*?$/u
const sentenceBreak = /[\n.!?;]/u

// "Anzeige:", "[Werbung]", "(Anzeige)", "#ad", "Werbung für XYZ", a line of its own: the word labels the text.
function isLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(end, end + 6)
  if (before.endsWith('#')) return true
  if (bracketed.test(before) && /^\s*\*?[)\]]/u.test(after)) return true
  // Within 12 characters of the text's start, `before` is all of it, and `^` is the text's start.
  return labelStart.test(before) && labelEnd.test(after)
}

// The sentence around `[start, end)`.
function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && start - from < 300 && !sentenceBreak.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && to - end < 300 && !(sentenceBreak.test(text[to]!) && /\s|$/u.test(text[to + 1] ?? ''))) to++
  return text.slice(from, to)
}

interface Denial {
  negators: RegExp
  clauseBreak: RegExp
}

const denials = new Map<string, Denial>()

// The negators and clause breaks of the languages a word belongs to.
function denialOf(codes: ReadonlySet<DisclosureLanguage>): Denial {
  const sorted = [...codes].sort()
  const key = sorted.join(',')
  const cached = denials.get(key)
  if (cached) return cached
  const denial = {
    negators: new RegExp(anyOf(sorted.flatMap((code) => vocabularies[code].negators)), 'iu'),
    clauseBreak: new RegExp(`[.!?;:,\\n]|${anyOf(sorted.flatMap((code) => vocabularies[code].contrasts))}`, 'iu'),
  }
  denials.set(key, denial)
  return denial
}

/** The language of `lang` (a BCP 47 tag) whose disclosure words the audit knows, or undefined. */
export function disclosureLanguageOf(lang: string | undefined): DisclosureLanguage | undefined {
  const primary = primaryLanguage((lang ?? '').trim())
  return disclosureLanguages.find((code) => code === primary)
}

/**
 * True when `text` discloses advertising: a disclosure word that is not negated ("keine Werbung",
 * "sans publicité", "bez reklamy"; "werbefrei", "ad-free" and "reklamfri" are no disclosure).
 * A page in a language the audit knows (`lang`, from `<html lang>`) is read in that language and
 * English (the loanwords "affiliate", "sponsored"); a page without `lang`, or in another language,
 * is read in every known language. A word is denied by the negators of the page's language and of
 * every language it belongs to ("keine Affiliate-Links"), never by another language's ("Im Mai:
 * Werbung": "mai" is Italian for never).
 */
export function hasDisclosure(text: string, lang?: string): boolean {
  const known = disclosureLanguageOf(lang)
  const words = known ? wordsOf(known === 'en' ? ['en'] : [known, 'en']) : allWords
  for (const match of text.matchAll(words)) {
    if (endsAdFree.test(match[0])) continue
    const end = match.index + match[0].length
    if (adFree.test(text.slice(end, end + 8))) continue
    const owners = new Set(disclosureLanguages.filter((code) => (!known || code === known || code === 'en') && kindsByLanguage.get(code)?.all.test(match[0])))
    const kinds = [...owners].map((code) => kindsByLanguage.get(code)!)
    // A word with an everyday sense discloses only as a label, or (a word of earning) beside a word of links or purchases.
    if (!kinds.some((kind) => kind.words.test(match[0]))) {
      const labelled = isLabel(text, match.index, end)
      const earning = kinds.filter((kind) => kind.earnings.test(match[0]))
      if (!labelled && !(earning.length > 0 && earning.some((kind) => kind.cues.test(sentenceAround(text, match.index, end))))) continue
    }
    if (known) owners.add(known)
    const { negators, clauseBreak } = denialOf(owners)
    // Only the words of the same clause, at most four of them, can negate ("keine bezahlte Werbung,
    // aber Affiliate-Links" discloses the links).
    const before = text.slice(Math.max(0, match.index - 60), match.index)
    const clause = before.split(clauseBreak).pop() ?? ''
    if (negators.test(clause.trim().split(/\s+/).slice(-4).join(' '))) continue
    return true
  }
  return false
}

/**
 * For a finding on a page whose language the audit has no words for: says so, so the author knows
 * why a disclosure in that language was not recognised. Empty for known languages.
 */
export function unknownDisclosureLanguageNote(lang: string | undefined): string {
  const tag = (lang ?? '').trim()
  if (disclosureLanguageOf(tag)) return ''
  const where = tag === '' ? 'The page does not say its language (`<html lang>`)' : `The page is in "${tag}", a language the audit has no disclosure words for`
  return ` ${where}: it looked for the words of ${disclosureLanguages.join(', ')}, so a disclosure in another language is not recognised. Write the disclosure in one of them, or check this page by hand and silence the rule for it.`
}
