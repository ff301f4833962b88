import { describe, expect, test } from 'vitest'
import { disclosureLanguages, hasDisclosure, unknownDisclosureLanguageNote } from './disclosure-words.js'

describe('hasDisclosure (German and English, no lang)', () => {
  test.each([
    'Hinweis: Dieser Artikel enthält Affiliate-Links.',
    'Werbung | Mit * markierte Links sind Partnerlinks.',
    'This post contains affiliate links; we earn a commission.',
    'Sponsored post.',
    'Dieser Beitrag ist nicht gesponsert, enthält aber Affiliate-Links.',
    'Keine bezahlte Kooperation, aber Werbung durch Markennennung.',
    // Amazon's required sentences, on their own.
    'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
    'As an Amazon Associate I earn from qualifying purchases.',
  ])('%s is a disclosure', (text) => {
    expect(hasDisclosure(text)).toBe(true)
  })
  test.each([
    'Unser Blog ist ganz ohne Werbung.',
    'Wir setzen keine Affiliate-Links ein.',
    'We have no sponsored content.',
    'This review is not sponsored.',
    'Ein werbefreier Blog – werbefrei seit 2015.',
    'Our site is ad-free and without advertising.',
    'Wir verdienen nie eine Provision.',
    'Kochen im Van mit Gas und Spiritus.',
  ])('%s is no disclosure', (text) => {
    expect(hasDisclosure(text)).toBe(false)
  })
})

// Real bloggers' disclosures (compounds, earning sentences without a label word), and text where a
// disclosure word has its everyday sense: a German monitor's "Anzeige", a broker's "Provision", the
// European Commission. The second kind passed the audit before, so undisclosed links went green.
describe('words with an everyday sense', () => {
  test.each([
    ['de', 'Dieser Artikel enthält Affiliatelinks.'],
    ['de', 'Transparenz: Links mit * sind Provisionslinks.'],
    ['de', 'Bei den mit * markierten Links handelt es sich um Empfehlungslinks.'],
    ['de', 'Wir erhalten eine kleine Vergütung, wenn du über diese Links kaufst.'],
    ['de', 'Dieser Beitrag enthält Werbung.'],
    ['de', 'Unbezahlte Werbung'],
    ['de', 'Bezahlter Link'],
    // Amazon's earlier German participation clause.
    ['de', 'Wir sind Teilnehmer des Partnerprogramms von Amazon EU, das zur Bereitstellung eines Mediums für Websites konzipiert wurde, mittels dessen durch die Platzierung von Werbeanzeigen und Links zu Amazon.de Werbekostenerstattung verdient werden kann.'],
    ['de', 'Anzeige'],
    ['de', 'Testbericht\n[Anzeige]\nDer Kocher im Test.'],
    ['de', 'Der Kocher im Test (Werbung).'],
    ['de', 'Anzeige – dieser Beitrag entstand in Zusammenarbeit mit XYZ.'],
    ['en', 'Disclosure: I may earn a small fee if you buy through links on this page.'],
    ['en', 'We may receive compensation when you click on links to products.'],
    ['en', 'This site contains affiliatelinks.'],
    ['en', 'Ad: this review was paid for by XYZ.'],
    ['en', 'Our favourite stove #ad'],
    ['fr', 'Je touche une commission si vous achetez via ces liens.'],
  ])('%s: %s is a disclosure', (lang, text) => {
    expect(hasDisclosure(text, lang)).toBe(true)
  })
  test.each([
    ['de', 'Die Anzeige des Monitors ist hell und scharf.'],
    ['de', 'Wir haben Anzeige gegen Unbekannt erstattet.'],
    ['de', 'Werbung nervt, deshalb ist dieser Blog werbefrei.'],
    ['de', 'Die Provision des Maklers beträgt 3 %.'],
    ['de', 'Der Anzeigenmarkt schrumpft; Werbung im Fernsehen wird teurer.'],
    ['en', 'The European Commission published new rules.'],
    ['en', 'The display shows an advertisement for the game.'],
    ['en', 'The history of advertising in the 1950s.'],
    ['en', 'Early adopters earn a badge.'],
    ['fr', 'La Commission européenne a publié de nouvelles règles.'],
    ['es', 'La Comisión Europea publicó nuevas normas.'],
  ])('%s: %s is no disclosure', (lang, text) => {
    expect(hasDisclosure(text, lang)).toBe(false)
    expect(hasDisclosure(text)).toBe(false)
  })
})

// Each language's disclosures (its regulator's labels and Amazon's sentence), denials and plain text.
describe.each([
  {
    lang: 'fr',
    disclosed: ['Publicité : cet article contient des liens affiliés.', 'Collaboration commerciale avec Decathlon.', 'Certains liens sont des liens d’affiliation : je touche une commission.', 'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.', 'Cet article n’est pas sponsorisé, mais il contient des liens affiliés.'],
    denied: ['Un blog sans publicité.', 'Cet article n’est pas sponsorisé.', 'Aucun lien affilié ici.', 'Ce n’est pas une publicité.'],
  },
  {
    lang: 'es',
    disclosed: ['Publicidad: este artículo contiene enlaces de afiliado.', '#publi Patrocinado por Decathlon.', 'Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables.', 'No es un post patrocinado, pero sí hay enlaces de afiliado.'],
    denied: ['Un blog sin publicidad.', 'Este artículo no está patrocinado.', 'No hay ningún enlace de afiliado.'],
  },
  {
    lang: 'it',
    disclosed: ['Pubblicità: questo articolo contiene link affiliati.', 'Adv – in collaborazione con Decathlon.', 'In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei.', 'Articolo sponsorizzato da Decathlon.'],
    denied: ['Un blog senza pubblicità.', 'Questo articolo non è sponsorizzato.', 'Nessun link affiliato in questa pagina.'],
  },
  {
    lang: 'nl',
    disclosed: ['Advertentie: dit artikel bevat affiliate links.', 'Gesponsord door Decathlon.', 'Als Amazon Associate verdien ik aan in aanmerking komende aankopen.', 'Dit is geen advertentie, maar wel een artikel met affiliate links.'],
    denied: ['Dit is geen advertentie.', 'Een blog zonder reclame.', 'Dit artikel is niet gesponsord.', 'Een reclamevrije blog.'],
  },
  {
    lang: 'pl',
    disclosed: ['[REKLAMA] Artykuł zawiera linki afiliacyjne.', 'Materiał reklamowy marki XYZ.', '#współpracareklamowa z marką XYZ', 'Płatna współpraca z marką XYZ.', 'Wpis zawiera link afiliacyjny: otrzymuję prowizję.'],
    denied: ['Blog bez reklamy.', 'To nie jest reklama.', 'Nie ma tu żadnych linków afiliacyjnych.', 'Reklamacja towaru: jak ją złożyć.'],
  },
  {
    lang: 'pt',
    disclosed: ['#publi Este artigo contém links de afiliado.', 'Publicidade: conteúdo patrocinado pela marca XYZ.', 'Parceria paga com a marca XYZ.'],
    denied: ['Um blog sem publicidade.', 'Este artigo não é patrocinado.', 'Nenhum link de afiliado aqui.'],
  },
  {
    lang: 'sv',
    disclosed: ['Reklam för XYZ. Inlägget innehåller affiliatelänkar.', 'Annons: betalt samarbete med XYZ.'],
    denied: ['En reklamfri blogg.', 'Det här är inte reklam.', 'Inlägget innehåller ingen reklam.', 'Så gör du en reklamation av en trasig kamin.'],
  },
  {
    lang: 'da',
    disclosed: ['Reklame for XYZ: indlægget indeholder affiliate links.', 'Annonce – betalt samarbejde med XYZ.'],
    denied: ['En reklamefri blog.', 'Dette er ikke reklame.', 'Indlægget indeholder ingen reklame.'],
  },
])('$lang', ({ lang, disclosed, denied }) => {
  test.each(disclosed)('%s is a disclosure', (text) => {
    expect(hasDisclosure(text, lang)).toBe(true)
    // Without lang the audit is tolerant: any known language's reading counts.
    expect(hasDisclosure(text)).toBe(true)
  })
  test.each(denied)('%s is no disclosure', (text) => {
    expect(hasDisclosure(text, lang)).toBe(false)
    expect(hasDisclosure(text, `${lang}-XX`)).toBe(false)
  })
  test('plain text about a stove is no disclosure', () => {
    expect(hasDisclosure('Le réchaud · el hornillo · il fornello · de brander · kuchenka · o fogão · köket · komfuret', lang)).toBe(false)
  })
})

describe('language awareness', () => {
  test('a page in a known language is read in it (and English), not in the other languages', () => {
    // "annonce" is an advertisement in Danish but an announcement in French.
    expect(hasDisclosure('Annonce de la sortie du nouveau réchaud.', 'fr')).toBe(false)
    expect(hasDisclosure('Annonce: betalt samarbejde.', 'da')).toBe(true)
    // English loanwords count everywhere.
    expect(hasDisclosure('Cet article contient des affiliate links.', 'fr')).toBe(true)
  })
  test('one language\'s negator does not deny another\'s disclosure ("Mai" is May in German, never in Italian)', () => {
    expect(hasDisclosure('Im Mai: Werbung für den neuen Kocher.', 'de')).toBe(true)
    expect(hasDisclosure('Im Mai: Werbung für den neuen Kocher.')).toBe(true)
    expect(hasDisclosure('Non mai pubblicità.', 'it')).toBe(false)
  })
  test('a finding on a page in another language says which languages were looked for', () => {
    expect(unknownDisclosureLanguageNote('de-AT')).toBe('')
    expect(unknownDisclosureLanguageNote('fi')).toContain('"fi"')
    expect(unknownDisclosureLanguageNote('fi')).toContain(disclosureLanguages.join(', '))
    expect(unknownDisclosureLanguageNote(undefined)).toContain('<html lang>')
  })
})
