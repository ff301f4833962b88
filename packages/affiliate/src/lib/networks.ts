import type { AffiliateNetwork } from './affiliate-network.js'

// Operator names and addresses are the contracting entities as published in each network's imprint
// or privacy policy; they feed the privacy policy, so a change here is a legal change.

/** Every Amazon marketplace whose Associates links carry `tag=`. */
export const amazonMarketplaces = [
  'amazon.de', 'amazon.com', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl',
  'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.ca', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
  'amazon.com.mx', 'amazon.com.br', 'amazon.com.tr', 'amazon.ae', 'amazon.sa', 'amazon.sg', 'amazon.eg',
] as const

export const amazon = {
  id: 'amazon',
  name: 'Amazon Associates (PartnerNet)',
  operator: { name: 'Amazon Europe Core S.à r.l.', address: '38 avenue John F. Kennedy, L-1855 Luxembourg', country: 'LU' },
  privacyPolicyUrl: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201909010',
  patterns: [
    { hosts: amazonMarketplaces, params: ['tag'] },
    // Short links are only handed out by SiteStripe and the Associates tools, so they always carry a tag.
    { hosts: ['amzn.to', 'amzn.eu', 'amzn.com'] },
  ],
  // Required verbatim by the Associates Program Operating Agreement.
  disclosure: {
    de: 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
    en: 'As an Amazon Associate I earn from qualifying purchases.',
  },
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
  patterns: [{ hosts: ['digistore24.com'], paths: ['/redir/'] }, { hosts: ['digistore24.com', 'checkout-ds24.com'], params: ['aff'] }],
} as const satisfies AffiliateNetwork

export const cj = {
  id: 'cj',
  name: 'CJ Affiliate',
  operator: { name: 'Commission Junction LLC', address: '530 East Montecito Street, Santa Barbara, CA 93103', country: 'US' },
  privacyPolicyUrl: 'https://www.cj.com/legal/privacy',
  // CJ's click domains; cj.com is the marketing site.
  patterns: [
    {
      hosts: ['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com', 'qksrv.net',
        'ftjcfx.com', 'lduhtrp.net', 'awltovhc.com', 'yceml.net', 'apmebf.com', 'afcyhf.com'],
    },
  ],
} as const satisfies AffiliateNetwork

export const impact = {
  id: 'impact',
  name: 'Impact',
  operator: { name: 'Impact Tech, Inc.', address: '223 East De La Guerra Street, Santa Barbara, CA 93101', country: 'US' },
  privacyPolicyUrl: 'https://impact.com/privacy-policy/',
  // Brand subdomains of Impact's tracking domains, e.g. https://brand.sjv.io/c/123/456/789.
  patterns: [{ hosts: ['sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', 'r7ar.net', 'mlz.io'] }],
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
  patterns: [{ hosts: ['prf.hn'], paths: ['/click/', '/l/'] }],
} as const satisfies AffiliateNetwork

export const tradedoubler = {
  id: 'tradedoubler',
  name: 'Tradedoubler',
  operator: { name: 'Tradedoubler AB', address: 'Riddargatan 18, 114 57 Stockholm', country: 'SE' },
  privacyPolicyUrl: 'https://www.tradedoubler.com/en/privacy-policy/',
  patterns: [{ hosts: ['clk.tradedoubler.com', 'clkde.tradedoubler.com', 'clkuk.tradedoubler.com'], paths: ['/click'] }],
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
  patterns: [{ hosts: ['rover.ebay.com', 'rover.ebay.de'] }, { hosts: ebaySites, params: ['campid'] }],
} as const satisfies AffiliateNetwork

export const booking = {
  id: 'booking',
  name: 'Booking.com Affiliate Partner Programme',
  operator: { name: 'Booking.com B.V.', address: 'Oosterdokskade 163, 1011 DL Amsterdam', country: 'NL' },
  privacyPolicyUrl: 'https://www.booking.com/content/privacy.html',
  patterns: [{ hosts: ['booking.com'], params: ['aid'] }],
} as const satisfies AffiliateNetwork

export const skimlinks = {
  id: 'skimlinks',
  name: 'Skimlinks / Sovrn Commerce',
  operator: { name: 'Sovrn Holdings, Inc.', address: '5541 Central Avenue, Boulder, CO 80301', country: 'US' },
  privacyPolicyUrl: 'https://www.sovrn.com/legal/privacy-policy/',
  patterns: [{ hosts: ['go.skimresources.com', 'go.redirectingat.com', 'redirect.viglink.com', 'sovrn.co'] }],
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

/** The built-in registry, sorted by id. */
export const networks: readonly AffiliateNetwork[] = [
  adcell, amazon, awin, belboon, booking, check24, cj, digistore24, ebay, etsy, financeAds, gumroad, impact,
  partnerize, rakuten, shareasale, skimlinks, teachable, tradedoubler, tradetracker, udemy,
]
