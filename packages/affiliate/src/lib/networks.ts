import type { AffiliateNetwork } from './affiliate-network.js'

// Operator names and addresses are the contracting entities as published in each network's imprint
// or privacy policy; they feed the privacy policy, so a change here is a legal change.

/** Every Amazon marketplace whose Associates links carry `tag=`. */
export const amazonMarketplaces = [
  'amazon.de', 'amazon.com', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl',
  'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.ca', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
  'amazon.com.mx', 'amazon.com.br', 'amazon.com.tr', 'amazon.ae', 'amazon.sa', 'amazon.sg', 'amazon.eg',
] as const

export const agoda = {
  id: 'agoda',
  name: 'Agoda Partners (affiliate programme)',
  operator: { name: 'Agoda Company Pte. Ltd.', address: '30 Cecil Street, Prudential Tower #19-08, Singapore 049712', country: 'SG' },
  privacyPolicyUrl: 'https://www.agoda.com/info/agoda-privacy.html',
  // The partner's site id `cid`. Agoda's own pages carry cid=-1 (no partner), so only a positive id counts.
  patterns: [{ hosts: ['agoda.com'], params: ['cid'], test: (url) => /^[1-9]\d*$/.test((url.searchParams.get('cid') ?? '').trim()) }],
} as const satisfies AffiliateNetwork

export const amazon = {
  id: 'amazon',
  name: 'Amazon Associates (PartnerNet)',
  operator: { name: 'Amazon Europe Core S.à r.l.', address: '38 avenue John F. Kennedy, L-1855 Luxembourg', country: 'LU' },
  privacyPolicyUrl: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201909010',
  patterns: [
    { hosts: amazonMarketplaces, params: ['tag'] },
    // Legacy Associates links carry the tag as the last path segment: /exec/obidos/ASIN/<asin>/<tag>
    // (a session id such as 026-3078728-0357221 in that place is no tag).
    { hosts: amazonMarketplaces, pathPattern: /^\/(?:exec\/obidos\/(?:asin|isbn)|o\/asin)\/[0-9a-z]{10}\/(?!\d{3}-\d{7}-\d{7}\/?$)[a-z0-9][a-z0-9_-]*\/?$/ },
    // Amazon Influencer Program storefronts: the vanity URL amazon.com/shop/<handle> earns like an
    // Associates link, with no tag on it (https://www.amazon.com/b?node=23520747011; amazon.co.uk/shop/…
    // at https://amazon-affiliate.eu/resource-hub/en/faqs).
    { hosts: amazonMarketplaces, pathPattern: /^\/shop\/[a-z0-9][a-z0-9._-]*(?:\/|$)/ },
    // amzn.to short links are only handed out by SiteStripe and the Associates tools, so they carry a
    // tag. amzn.eu/d/… and a.co/d/… are the shop's share links: affiliate only with a tag.
    { hosts: ['amzn.to'] },
    { hosts: ['amzn.eu', 'a.co'], params: ['tag'] },
  ],
  // Required verbatim by the Associates Program Operating Agreement.
  disclosure: {
    de: 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
    en: 'As an Amazon Associate I earn from qualifying purchases.',
  },
  // Amazon Europe Core (LU) shares data with Amazon.com, Inc. in the US: its privacy notice names
  // transfers outside the EEA, and Amazon.com, Inc. has long been on the EU-US transfer lists as a
  // recipient of EU/EEA customer data "as a result of the operations related to various web sites"
  // (Safe Harbor record 27379, github.com/pdehaye/safe-harbor) and is certified under the Data
  // Privacy Framework. The registry said "Keine" here before (re-checked for issue #19).
  thirdCountryTransfer: {
    countries: ['US'],
    basis: {
      de: 'Angemessenheitsbeschluss der EU-Kommission zum EU-U.S. Data Privacy Framework (Art. 45 DSGVO), ergänzend Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
      en: "the European Commission's adequacy decision on the EU-U.S. Data Privacy Framework (Art. 45 GDPR), supplemented by standard contractual clauses (Art. 46(2)(c) GDPR)",
    },
    source: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201909010',
  },
  // Marketplaces whose programs are run in another language than the page's: their Operating
  // Agreements ask for their own sentence, added next to the page-language one. Each `lang` is written
  // on the sentence's element (WCAG 3.1.2). One EU Operating Agreement covers amazon.de, .fr, .it, .nl,
  // .pl, .es, .se and .co.uk, English controlling, with translations (Schedule 1,
  // https://affiliate-program.amazon.co.uk/help/operating/compare); PartnerNet asks for "Als
  // Amazon-Partner verdiene ich an qualifizierten Verkäufen" or a similarly clear notice (summary of
  // https://partnernet.amazon.de/help/operating/compare at https://affiliseo.de/aktualisierung-des-amazon-partnerprogrammes).
  // The fr/it/es/nl texts came with the registry. Amazon's own pages holding them were not found
  // (session 9); each is published verbatim by many Associates' sites (the Italian one as amazon.it's
  // "formula ufficiale", https://smarthomepicks.blog/disclaimer.html), a secondary source only: re-check
  // against partenaires.amazon.fr, programma-affiliazione.amazon.it, afiliados.amazon.es and
  // partnernet.amazon.nl before changing them.
  marketplaceDisclosure: {
    'amazon.fr': { lang: 'fr', text: 'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.' },
    'amazon.it': { lang: 'it', text: 'In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei.' },
    'amazon.es': { lang: 'es', text: 'Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables.' },
    'amazon.nl': { lang: 'nl', text: 'Als Amazon Associate verdien ik aan in aanmerking komende aankopen.' },
  },
  // No sentence of Amazon's own was found for these (session 10: the associates help pages of
  // affiliate-program.amazon.pl, .se and .com.be are indexed, but not the Operating Agreement's
  // identification clause; nothing for .com.tr, .ae, .sa, .eg). Sentences on Associates' own sites
  // differ from each other ("kwalifikujących się" / "kwalifikowanych zakupach"), so none is copied:
  // a page linking one of these hosts gets the warning affiliate-marketplace-disclosure naming
  // `affiliate.marketplaceDisclosure["<host>"]`, where the author puts the sentence from Associates Central.
  marketplacesWithoutDisclosure: ['amazon.pl', 'amazon.se', 'amazon.com.be', 'amazon.com.tr', 'amazon.ae', 'amazon.sa', 'amazon.eg'],
} as const satisfies AffiliateNetwork

export const awin = {
  id: 'awin',
  name: 'AWIN',
  operator: { name: 'AWIN AG', address: 'Eichhornstraße 3, 10785 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://www.awin.com/de/datenschutzerklarung',
  // awin.com itself is the marketing site; clicks go through awin1.com and the tidd.ly short links.
  patterns: [{ hosts: ['awin1.com'], paths: ['/cread.php', '/awclick.php', '/pclick.php'] }, { hosts: ['tidd.ly'] }],
} as const satisfies AffiliateNetwork

export const digistore24 = {
  id: 'digistore24',
  name: 'Digistore24',
  operator: { name: 'Digistore24 GmbH', address: 'St.-Godehard-Straße 32, 31139 Hildesheim', country: 'DE' },
  privacyPolicyUrl: 'https://www.digistore24.com/page/privacy',
  // Promolinks /redir/<product>/<affiliate>/[<campaign>] on digistore24.com and, today, checkout-ds24.com;
  // content links /content/<product>/<content id>/<affiliate>/; order forms with ?aff=.
  patterns: [
    { hosts: ['digistore24.com', 'checkout-ds24.com'], pathPattern: /^\/(?:redir\/[^/]+\/[^/]+|content\/[^/]+\/[^/]+\/[^/]+)/ },
    { hosts: ['digistore24.com', 'checkout-ds24.com'], params: ['aff'] },
  ],
} as const satisfies AffiliateNetwork

export const cj = {
  id: 'cj',
  name: 'CJ Affiliate',
  operator: { name: 'Commission Junction LLC', address: '530 East Montecito Street, Santa Barbara, CA 93103', country: 'US' },
  privacyPolicyUrl: 'https://www.cj.com/legal/privacy',
  // CJ's click domains; cj.com is the marketing site. emjcd.com/u is the advertisers' server-to-server
  // conversion postback (docs.cj.com, S2S implementation), no link a reader follows.
  patterns: [
    {
      hosts: ['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com', 'qksrv.net',
        'ftjcfx.com', 'lduhtrp.net', 'awltovhc.com', 'yceml.net', 'apmebf.com', 'afcyhf.com'],
      test: (url) => !/^\/u\/?$/i.test(url.pathname),
    },
  ],
} as const satisfies AffiliateNetwork

export const impact = {
  id: 'impact',
  name: 'Impact',
  operator: { name: 'Impact Tech, Inc.', address: '223 East De La Guerra Street, Santa Barbara, CA 93101', country: 'US' },
  privacyPolicyUrl: 'https://impact.com/privacy-policy/',
  // Brand subdomains of Impact's tracking domains, e.g. https://brand.sjv.io/c/123/456/789.
  // imp.i<n>.net hosts and brand vanity domains (goto.brand.com/c/…) are found by shape (see link-shapes.ts).
  patterns: [{ hosts: ['sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', 'r7ar.net', 'mlz.io', 'eqjw.net', 'audw.net', 'pvxt.net', 'snlv.net', 'vzew.net', 'xfkv.net'] }],
} as const satisfies AffiliateNetwork

export const shareasale = {
  id: 'shareasale',
  name: 'ShareASale',
  operator: { name: 'ShareASale.com, Inc.', address: '15 West Hubbard Street, Suite 500, Chicago, IL 60654', country: 'US' },
  privacyPolicyUrl: 'https://www.shareasale.com/PrivacyPolicy.cfm',
  patterns: [{ hosts: ['shareasale.com'], paths: ['/r.cfm', '/u.cfm', '/m-pr.cfm'] }, { hosts: ['shrsl.com'] }],
} as const satisfies AffiliateNetwork

export const rakuten = {
  id: 'rakuten',
  name: 'Rakuten Advertising (LinkShare)',
  operator: { name: 'Rakuten Marketing LLC', address: '800 Concar Drive, Suite 175, San Mateo, CA 94402', country: 'US' },
  privacyPolicyUrl: 'https://rakutenadvertising.com/legal-notices/services-privacy-policy/',
  patterns: [{ hosts: ['click.linksynergy.com', 'ad.linksynergy.com'] }],
} as const satisfies AffiliateNetwork

export const partnerize = {
  id: 'partnerize',
  name: 'Partnerize',
  operator: { name: 'Performance Horizon Group Limited', address: 'Jamestown Wharf, 32 Jamestown Road, London NW1 7BY', country: 'GB' },
  privacyPolicyUrl: 'https://partnerize.com/privacy-policy',
  // prf.hn and brands' own subdomains of it; /click/camref:… on a brand's vanity host is found by shape.
  patterns: [{ hosts: ['prf.hn'], paths: ['/click/', '/l/'] }],
} as const satisfies AffiliateNetwork

export const tradedoubler = {
  id: 'tradedoubler',
  name: 'Tradedoubler',
  operator: { name: 'Tradedoubler AB', address: 'Riddargatan 18, 114 57 Stockholm', country: 'SE' },
  privacyPolicyUrl: 'https://www.tradedoubler.com/en/privacy-policy/',
  // Click trackers on clk./clkde./clkuk./… and product-feed links on pdt.tradedoubler.com, all under /click.
  patterns: [{ hosts: ['tradedoubler.com'], pathPattern: /^\/click/, test: (url) => url.hostname !== 'www.tradedoubler.com' && url.hostname !== 'tradedoubler.com' }],
} as const satisfies AffiliateNetwork

export const adcell = {
  id: 'adcell',
  name: 'ADCELL',
  operator: { name: 'Firstlead GmbH', address: 'Rosenfelder Straße 15-16, 10315 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://www.adcell.de/datenschutz',
  patterns: [{ hosts: ['adcell.de'], paths: ['/promotion/click', '/click.php'] }, { hosts: ['t.adcell.com'], paths: ['/p/click', '/click'] }],
} as const satisfies AffiliateNetwork

export const financeAds = {
  id: 'financeads',
  name: 'financeAds',
  operator: { name: 'financeAds GmbH & Co. KG', address: 'Karlstraße 9, 90403 Nürnberg', country: 'DE' },
  privacyPolicyUrl: 'https://www.financeads.com/datenschutz/',
  patterns: [{ hosts: ['financeads.net'], paths: ['/tc.php'] }],
} as const satisfies AffiliateNetwork

export const belboon = {
  id: 'belboon',
  name: 'belboon',
  operator: { name: 'belboon GmbH', address: 'Weinmeisterstraße 12-14, 10178 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://www.belboon.com/de/datenschutz/',
  patterns: [{ hosts: ['belboon.de', 'belboon.com'], paths: ['/adtracking/'] }],
} as const satisfies AffiliateNetwork

export const tradetracker = {
  id: 'tradetracker',
  name: 'TradeTracker',
  operator: { name: 'TradeTracker.com B.V.', address: 'Stadhouderskade 6, 1054 ES Amsterdam', country: 'NL' },
  privacyPolicyUrl: 'https://tradetracker.com/privacy-policy/',
  patterns: [{ hosts: ['tc.tradetracker.net'] }],
} as const satisfies AffiliateNetwork

/** eBay sites on which Partner Network links carry `campid=`. */
const ebaySites = ['ebay.de', 'ebay.com', 'ebay.co.uk', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.at', 'ebay.ch', 'ebay.nl', 'ebay.com.au', 'ebay.ca', 'ebay.ie', 'ebay.pl', 'ebay.be']

export const ebay = {
  id: 'ebay',
  name: 'eBay Partner Network',
  operator: { name: 'eBay GmbH', address: 'Albert-Einstein-Ring 2-6, 14532 Kleinmachnow', country: 'DE' },
  privacyPolicyUrl: 'https://www.ebay.de/help/policies/member-behaviour-policies/datenschutzerklrung?id=4260',
  // Legacy rover links; landing links with the campaign id; EPN short links on ebay.us (the app's share
  // links live under ebay.us/m/ and carry no campaign) and the Bitly-branded ebay.to.
  patterns: [
    { hosts: ['rover.ebay.com', 'rover.ebay.de', 'rover.ebay.co.uk'] },
    { hosts: ebaySites, params: ['campid'] },
    { hosts: ['ebay.us'], test: (url) => !/^\/m\//i.test(url.pathname) && url.pathname.length > 1 },
    { hosts: ['ebay.to'], test: (url) => url.pathname.length > 1 },
  ],
} as const satisfies AffiliateNetwork

export const booking = {
  id: 'booking',
  name: 'Booking.com Affiliate Partner Programme',
  operator: { name: 'Booking.com B.V.', address: 'Oosterdokskade 163, 1011 DL Amsterdam', country: 'NL' },
  privacyPolicyUrl: 'https://www.booking.com/content/privacy.html',
  // The affiliate id `aid`. A URL copied from the browser carries Booking's own default aid (304142 and
  // friends), a generated `label=gen…` and a session: that is no affiliate link.
  patterns: [{ hosts: ['booking.com'], params: ['aid'], test: (url) => !isBookingBrowserUrl(url) }],
} as const satisfies AffiliateNetwork

const bookingOwnAids = new Set(['304142', '356980', '376363', '376374', '397594', '318615', '311984', '336408'])

function isBookingBrowserUrl(url: URL): boolean {
  const aid = url.searchParams.get('aid') ?? ''
  const label = url.searchParams.get('label') ?? ''
  return bookingOwnAids.has(aid) || /^(?:gen|gog|msn|bin|yah)\d{3}/i.test(label) || url.searchParams.has('sid')
}

export const skimlinks = {
  id: 'skimlinks',
  name: 'Skimlinks / Sovrn Commerce',
  operator: { name: 'Sovrn Holdings, Inc.', address: '5541 Central Avenue, Boulder, CO 80301', country: 'US' },
  privacyPolicyUrl: 'https://www.sovrn.com/legal/privacy-policy/',
  patterns: [
    { hosts: ['go.skimresources.com', 'go.redirectingat.com'], params: ['id'] },
    { hosts: ['redirect.viglink.com', 'api.viglink.com'], params: ['key'] },
    { hosts: ['sovrn.co'], test: (url) => url.pathname.length > 1 },
  ],
} as const satisfies AffiliateNetwork

export const check24 = {
  id: 'check24',
  name: 'CHECK24 Partnerprogramm',
  operator: { name: 'CHECK24 Vergleichsportal GmbH', address: 'Erika-Mann-Straße 62-66, 80636 München', country: 'DE' },
  privacyPolicyUrl: 'https://www.check24.de/unternehmen/datenschutz/',
  patterns: [{ hosts: ['a.check24.net'] }, { hosts: ['check24.de', 'check24.net'], params: ['wpset', 'pid'] }],
} as const satisfies AffiliateNetwork

export const etsy = {
  id: 'etsy',
  name: 'Etsy Affiliate Program (via AWIN)',
  operator: { name: 'Etsy Ireland UC', address: 'One Le Pole Square, Ship Street Great, Dublin 8, D08 YK6N', country: 'IE' },
  privacyPolicyUrl: 'https://www.etsy.com/legal/privacy/',
  // Deep links AWIN hands out for Etsy land on etsy.com with the AWIN click id `awc`.
  patterns: [{ hosts: ['etsy.com', 'etsy.me'], params: ['awc'] }],
} as const satisfies AffiliateNetwork

export const udemy = {
  id: 'udemy',
  name: 'Udemy Affiliate Program',
  operator: { name: 'Udemy, Inc.', address: '600 Harrison Street, 3rd Floor, San Francisco, CA 94107', country: 'US' },
  privacyPolicyUrl: 'https://www.udemy.com/terms/privacy/',
  // Udemy runs its program through Rakuten; landed links carry Rakuten's site and merchant ids.
  patterns: [{ hosts: ['udemy.com'], params: ['ranMID', 'ranEAID', 'ranSiteID'] }],
} as const satisfies AffiliateNetwork

export const teachable = {
  id: 'teachable',
  name: 'Teachable affiliate links',
  operator: { name: 'Teachable, Inc.', address: '470 Park Avenue South, New York, NY 10016', country: 'US' },
  privacyPolicyUrl: 'https://teachable.com/privacy-policy',
  patterns: [{ hosts: ['teachable.com'], params: ['affcode'] }],
} as const satisfies AffiliateNetwork

export const gumroad = {
  id: 'gumroad',
  name: 'Gumroad affiliate links',
  operator: { name: 'Gumroad, Inc.', address: '548 Market Street #41309, San Francisco, CA 94104', country: 'US' },
  privacyPolicyUrl: 'https://gumroad.com/privacy',
  patterns: [{ hosts: ['gumroad.com'], paths: ['/a/'] }, { hosts: ['gumroad.com'], params: ['a'] }],
} as const satisfies AffiliateNetwork

export const admitad = {
  id: 'admitad',
  name: 'Admitad',
  operator: { name: 'Admitad GmbH', address: 'Heinz-Nixdorf-Straße 6, 74172 Neckarsulm', country: 'DE' },
  privacyPolicyUrl: 'https://terms.admitad.com/en/privacy-policy/',
  // ad.admitad.com/g/<hash>/ and /goto/<hash>/; the same hash paths on Admitad's short domains are found by shape.
  patterns: [{ hosts: ['ad.admitad.com', 'admitad.com'], pathPattern: /^\/(?:g|goto)\/[0-9a-f]{20,}/ }],
} as const satisfies AffiliateNetwork

export const clickbank = {
  id: 'clickbank',
  name: 'ClickBank',
  operator: { name: 'Click Sales Inc.', address: '1444 S. Entertainment Ave., Suite 410, Boise, ID 83709', country: 'US' },
  privacyPolicyUrl: 'https://support.clickbank.com/hc/en-us/articles/360004023572-ClickBank-Customer-Privacy-Policy',
  // HopLinks: hop.clickbank.net/?affiliate=…&vendor=…, the classic <affiliate>.<vendor>.hop.clickbank.net
  // and the encrypted <hash>.hop.clickbank.net.
  patterns: [
    { hosts: ['hop.clickbank.net'], params: ['affiliate'] },
    { hosts: ['hop.clickbank.net'], test: (url) => url.hostname.toLowerCase() !== 'hop.clickbank.net' },
  ],
} as const satisfies AffiliateNetwork

export const copecart = {
  id: 'copecart',
  name: 'CopeCart',
  operator: { name: 'Copecart GmbH', address: 'Rosenstraße 2, 10178 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://www.copecart.com/en/privacy-policy',
  // copecart.com/products/<product id>/p/<affiliate>
  patterns: [{ hosts: ['copecart.com'], pathPattern: /^\/products\/[^/]+\/p\/[^/]+/ }],
} as const satisfies AffiliateNetwork

export const elopage = {
  id: 'elopage',
  name: 'elopage / ablefy Partnerprogramm',
  operator: { name: 'ablefy GmbH', address: 'Potsdamer Straße 125, 10783 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://elopage.com/privacy',
  // Publisher promo links: elopage.com/s/<shop>[/<product>[/payment]]?pid=<publisher>&prid=<program>;
  // elopage became ablefy (myablefy.com) with the same links.
  patterns: [{ hosts: ['elopage.com', 'elopage.de', 'myablefy.com', 'ablefy.io'], params: ['pid'], test: (url) => url.searchParams.has('prid') || /^\/s\//.test(url.pathname) }],
} as const satisfies AffiliateNetwork

export const getyourguide = {
  id: 'getyourguide',
  name: 'GetYourGuide Partner Program',
  operator: { name: 'GetYourGuide Deutschland GmbH', address: 'Sonnenburger Straße 71-75, 10437 Berlin', country: 'DE' },
  privacyPolicyUrl: 'https://www.getyourguide.com/privacy_policy',
  // Links and widgets from the partner portal carry the partner (cookie) id.
  patterns: [{ hosts: ['getyourguide.com', 'getyourguide.de', 'getyourguide.at', 'getyourguide.ch', 'getyourguide.co.uk', 'getyourguide.fr', 'getyourguide.es', 'getyourguide.it', 'getyourguide.nl'], params: ['partner_id'] }],
} as const satisfies AffiliateNetwork

export const webgains = {
  id: 'webgains',
  name: 'Webgains',
  operator: { name: 'Webgains Limited', address: '1st Floor South, The Quorum, Bristol BS1 3AE', country: 'GB' },
  privacyPolicyUrl: 'https://www.webgains.com/public/en/privacy-2/',
  patterns: [{ hosts: ['track.webgains.com'], params: ['wgcampaignid', 'wgprogramid'] }],
} as const satisfies AffiliateNetwork

/** The built-in registry, sorted by id. */
export const networks: readonly AffiliateNetwork[] = [
  adcell, admitad, agoda, amazon, awin, belboon, booking, check24, cj, clickbank, copecart, digistore24, ebay, elopage, etsy,
  financeAds, getyourguide, gumroad, impact, partnerize, rakuten, shareasale, skimlinks, teachable, tradedoubler,
  tradetracker, udemy, webgains,
]
