import { primaryLanguage } from '@nichepress/core'

/**
 * How one language discloses advertising: the words a disclosure uses, the words that deny them in
 * the same clause ("sans publicité", "bez reklamy"), and the words that start a new clause ("mais",
 * "ale"), so "keine bezahlte Werbung, aber Affiliate-Links" still discloses. Entries are regular
 * expression sources, matched case-insensitively as whole words (letters of any script).
 */
interface DisclosureVocabulary {
  words: readonly string[]
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
    words: ['affiliate(?:-links?)?', 'werbung', 'werbelinks?', 'anzeige', 'provision(?:en)?', 'partner-?links?', 'gesponsert', 'amazon-partner'],
    negators: ['kein', 'keine', 'keinen', 'keiner', 'keinerlei', 'ohne', 'nicht', 'nie', 'niemals'],
    contrasts: ['aber', 'jedoch', 'sondern', 'doch'],
  },
  // FTC Endorsement Guides ("affiliate", "commission", "sponsored", "advertising");
  // "As an Amazon Associate I earn from qualifying purchases".
  en: {
    words: ['affiliates?(?:-links?)?', 'commissions?', 'sponsored', 'advertising', 'advertisement', 'amazon associate'],
    negators: ['no', 'not', 'never', 'without', 'zero', 'non'],
    contrasts: ['but', 'however'],
  },
  // ARPP, fiche pratique « Communication d'influenceurs et marques » (2024) of the Recommandation
  // Communication publicitaire numérique, https://www.arpp.org/actualite/arpp-actualise-fiche-pratique-communication-influenceurs-et-marques
  // and https://www.arpp.org/actualite/communication-influenceurs-marques/ ("collaboration commerciale");
  // loi n° 2023-451 du 9 juin 2023, art. 5 ("Publicité" or "Collaboration commerciale"), enforced by the DGCCRF.
  fr: {
    words: ['publicités?', 'publicitaires?', 'sponsorisée?s?', 'collaborations? commerciales?', 'partenariats? rémunérés?', 'liens? affiliés?', 'liens? d[\'’]affiliation', 'affiliation', 'affiliée?s?', 'commissions?', 'partenaire amazon'],
    negators: ['sans', 'pas', 'aucun', 'aucune', 'jamais', 'ni', 'non'],
    contrasts: ['mais', 'cependant', 'toutefois', 'pourtant'],
  },
  // Código de Conducta de Publicidad a través de Influencers (AUTOCONTROL, aea, IAB Spain; 2021,
  // new version in force 1 Oct 2025): labels such as "publi", "publicidad", "patrocinado",
  // https://www.abc.es/economia/regulacion-aplica-filtro-transparencia-acelerado-negocio-marketing-20251012171841-nt.html
  // https://www.cuatrecasas.com/es/spain/propiedad-intelectual/art/nuevo-codigo-conducta-publicidad-influencers-contenido-claves-practicas
  es: {
    words: ['publicidad(?:es)?', 'publi', 'publicitari[oa]s?', 'patrocinad[oa]s?', 'patrocinio', 'colaboraci[oó]n (?:comercial|pagada|remunerada)', 'enlaces? (?:de )?afiliad[oa]s?', 'enlaces? de afiliaci[oó]n', 'afiliad[oa]s?', 'comisi[oó]n(?:es)?'],
    negators: ['sin', 'no', 'ningún', 'ninguna', 'ninguno', 'nunca', 'ni', 'tampoco'],
    contrasts: ['pero', 'sino', 'aunque', 'embargo'],
  },
  // IAP (Istituto dell'Autodisciplina Pubblicitaria), Regolamento Digital Chart (30 Oct 2024):
  // "Pubblicità", "Sponsorizzato da", "Promosso da", "Advertising", "Adv", "in collaborazione con",
  // https://www.factorycommunication.it/glossario-marketing/digital-chart
  // https://heymancontent.com/post/guida-completa-alla-digital-chart-regole-pubblicità-social-per-influencer-e-brand
  // https://brand-news.it/blog/insight/piu-trasparenza-nellinfluencer-marketing-analisi-del-nuovo-regolamento-digital-chart-iap
  it: {
    words: ['pubblicità', 'pubblicitari[oaie]', 'advertising', 'adv', 'sponsorizzat[oaie]', 'sponsorizzazione', 'promoss[oa] da', 'in collaborazione con', 'link affiliat[oi]', 'link di affiliazione', 'affiliazione', 'affiliat[oaie]', 'commissioni?'],
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
    words: ['advertenties?', 'adv', 'spon', 'gesponsorde?', 'sponsoring', 'reclame\\p{L}*', 'betaald partnerschap', 'betaalde samenwerking', 'affiliate(?:-?links?)?', 'partnerlinks?', 'commissie', 'amazon associate'],
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
    words: ['reklam(?!acj)\\p{L}*', 'materiałreklamowy', 'współpracareklamowa', '\\p{L}*sponsorowan\\p{L}*', 'płatn\\p{L}* współprac\\p{L}*', 'afiliacyjn\\p{L}*', 'afiliacj\\p{L}*', 'link\\p{L}* partnersk\\p{L}*', 'prowizj\\p{L}*'],
    negators: ['bez', 'nie', 'żaden', 'żadna', 'żadne', 'żadnych', 'żadnej', 'żadnego', 'nigdy', 'ani'],
    contrasts: ['ale', 'lecz', 'jednak', 'natomiast'],
  },
  // CONAR, Guia de Publicidade por Influenciadores Digitais (2021): "#publicidade", "#publi",
  // "#publipost", "#anúncio", "#patrocinado"; affiliate commissions make a post advertising,
  // https://portalpublicitario.com.br/conar-derruba-perfis-achadinhos-shopee
  // https://pdfslide.tips/documents/01-por-influenciadores-guia-de-publicidade-guia-de-.html
  pt: {
    words: ['publicidade', 'publi', 'publipost', 'publicitári[oa]s?', 'anúncios?', 'patrocinad[oa]s?', 'parcerias? (?:paga|pagas|comercial|comerciais|remunerada|remuneradas)', 'links? de afiliad[oa]s?', 'afiliad[oa]s?', 'comiss(?:ão|ões)'],
    negators: ['sem', 'não', 'nenhum', 'nenhuma', 'nunca', 'nem'],
    contrasts: ['mas', 'porém', 'contudo', 'entretanto'],
  },
  // Konsumentverket: "Reklam" or "Annons", also "Reklam för", "Betalt samarbete med",
  // "I annonssamarbete med"; affiliate links make a post marketing,
  // https://borow.se/?p=1786 (summarising Konsumentverket's guidance) and the Finnish consumer
  // ombudsman's Swedish guideline, https://kkv.fi/sv/konsumentarenden/information-och-anvisningar-till-foretag/konsumentombudsmannens-riktlinjer/influerarmarknadsforing-i-sociala-medier
  // "reklamation", "reklamera" (a complaint about goods) are no advertising.
  sv: {
    words: ['reklam(?!ation|era)\\p{L}*', 'annons\\p{L}*', 'sponsrade?', 'betalt samarbete', 'affiliate(?:-?länk\\p{L}*)?', 'provision(?:er)?'],
    negators: ['inte', 'ingen', 'inget', 'inga', 'utan', 'aldrig', 'ej'],
    contrasts: ['men', 'dock'],
  },
  // Forbrugerombudsmanden, Forbud mod skjult reklame – sociale medier: mark each post "reklame" or
  // "annonce" ("spons" and "ad" are not clear enough),
  // https://forbrugerombudsmanden.dk/alle-emner/forbud-mod-skjult-reklame/sociale-medier
  da: {
    words: ['reklame\\p{L}*', 'annonce\\p{L}*', 'sponsoreret', 'betalt samarbejde', 'affiliate(?:-?links?)?', 'provision'],
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

const wordsOf = (codes: readonly DisclosureLanguage[]) => new RegExp(anyOf(codes.flatMap((code) => vocabularies[code].words)), 'giu')
const allWords = wordsOf(disclosureLanguages)
const wordsByLanguage = new Map(disclosureLanguages.map((code) => [code, new RegExp(`^(?:${vocabularies[code].words.join('|')})$`, 'iu')]))

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
    const owners = new Set(disclosureLanguages.filter((code) => (!known || code === known || code === 'en') && wordsByLanguage.get(code)?.test(match[0])))
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
