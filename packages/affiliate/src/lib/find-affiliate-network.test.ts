import { describe, expect, test } from 'vitest'
import type { AffiliateNetwork } from './affiliate-network.js'
import { findAffiliateNetwork } from './find-affiliate-network.js'
import { networks } from './networks.js'

// One row per network: links as the networks hand them out, and near misses that must stay plain.
const cases: Record<string, { positive: string[]; negative: string[] }> = {
  amazon: {
    positive: [
      'https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21',
      'https://amazon.com/gp/product/B01?ie=UTF8&tag=site-20&linkCode=ll1',
      'https://www.amazon.co.uk/dp/B0?tag=x-21', 'https://www.amazon.com.be/dp/B0?tag=x-21', 'https://www.amazon.co.jp/dp/B0?tag=x-22',
      'https://www.amazon.com.tr/dp/B0?tag=x-21', 'https://www.amazon.eg/dp/B0?tag=x-21', 'https://www.amazon.sg/dp/B0?tag=x-22',
      'https://amzn.to/3xYz12a', 'https://amzn.eu/d/abc123?tag=x-21', 'HTTPS://WWW.AMAZON.DE/dp/B0?tag=x-21', 'http://amazon.com/exec/obidos/ASIN/0684868768/0sil8',
      // Amazon Influencer Program storefronts (vanity URL, no tag).
      'https://www.amazon.com/shop/influencerhandle', 'https://www.amazon.co.uk/shop/influencerhandle/',
    ],
    negative: ['https://www.amazon.com/shop/', 'https://www.amazon.com/b?node=23520747011', 'https://www.amazon.com/shops/AB12CD34EF', 'https://www.amazon.de/dp/B0C7K4VD2M', 'https://www.amazon.de/dp/B0?tag=', 'https://www.amazon.de.evil.example/dp/B0?tag=x-21', 'https://notamazon.de/?tag=x', 'https://www.amazon.xyz/dp/B0?tag=x-21', 'https://amzn.eu/d/abc123', 'https://a.co/d/abc', 'http://www.amazon.co.uk/exec/obidos/ASIN/0385426259/026-3078728-0357221'],
  },
  agoda: {
    positive: ['https://www.agoda.com/partners/partnersearch.aspx?pcs=1&cid=1844104&hid=123456', 'https://www.agoda.com/example-hotel/hotel/bangkok-th.html?cid=1844104'],
    negative: ['https://www.agoda.com/info/agoda-privacy.html?cid=-1', 'https://www.agoda.com/example-hotel/hotel/bangkok-th.html', 'https://www.agoda.com/?cid='],
  },
  awin: {
    positive: ['https://www.awin1.com/cread.php?awinmid=12345&awinaffid=67890&ued=https%3A%2F%2Fshop.example', 'https://www.awin1.com/awclick.php?mid=1&id=2', 'https://www.awin1.com/pclick.php?p=1&a=2&m=3', 'https://tidd.ly/3abcDEF'],
    negative: ['https://www.awin.com/de', 'https://www.awin.com/de/publisher', 'https://www.awin1.com/', 'https://ui.awin.com/login'],
  },
  digistore24: {
    positive: ['https://www.digistore24.com/redir/123456/kocherkompass/', 'https://www.digistore24.com/product/123456?aff=kocherkompass', 'https://www.checkout-ds24.com/product/123456?aff=jana'],
    negative: ['https://www.digistore24.com/', 'https://www.digistore24.com/de/home/marketplace'],
  },
  cj: {
    positive: ['https://www.anrdoezrs.net/click-123-456', 'https://www.dpbolvw.net/click-1-2', 'https://www.jdoqocy.com/click-1-2?url=x', 'https://www.kqzyfj.com/click-9-8', 'https://www.tkqlhce.com/click-1-2'],
    negative: ['https://www.cj.com/', 'https://members.cj.com/member/login', 'https://www.emjcd.com/u?CID=1500000&TYPE=123456&METHOD=S2S&CJEVENT=b7f2'],
  },
  impact: {
    positive: ['https://brand.sjv.io/c/123/456/789', 'https://shop.pxf.io/c/1/2/3', 'https://goto.7eer.net/c/1/2/3', 'https://x.evyy.net/c/1/2/3'],
    negative: ['https://impact.com/partners/', 'https://app.impact.com/login'],
  },
  shareasale: {
    positive: ['https://www.shareasale.com/r.cfm?b=1&u=2&m=3', 'https://shareasale.com/u.cfm?d=1&m=2&u=3', 'https://shrsl.com/4abcd'],
    negative: ['https://www.shareasale.com/info/', 'https://account.shareasale.com/a-login.cfm'],
  },
  rakuten: {
    positive: ['https://click.linksynergy.com/deeplink?id=abc&mid=123&murl=https%3A%2F%2Fshop.example', 'https://click.linksynergy.com/fs-bin/click?id=abc&offerid=1'],
    negative: ['https://rakutenadvertising.com/', 'https://www.rakuten.de/produkt/123'],
  },
  partnerize: {
    positive: ['https://prf.hn/click/camref:1100l123/pubref:x', 'https://prf.hn/l/abc123'],
    negative: ['https://partnerize.com/', 'https://prf.hn/'],
  },
  tradedoubler: {
    positive: ['https://clk.tradedoubler.com/click?p=123&a=456&g=789', 'https://clkde.tradedoubler.com/click?p(1)a(2)g(3)'],
    negative: ['https://www.tradedoubler.com/de/', 'https://clk.tradedoubler.com/'],
  },
  adcell: {
    positive: ['https://www.adcell.de/promotion/click/promoId/123/slotId/456', 'https://t.adcell.com/p/click?promoId=123&slotId=456'],
    negative: ['https://www.adcell.de/', 'https://www.adcell.de/publisher'],
  },
  financeads: {
    positive: ['https://www.financeads.net/tc.php?t=12345C123456789T'],
    negative: ['https://www.financeads.com/', 'https://www.financeads.net/'],
  },
  belboon: {
    positive: ['https://www1.belboon.de/adtracking/03abc123.html'],
    negative: ['https://www.belboon.com/de/', 'https://www1.belboon.de/'],
  },
  tradetracker: {
    positive: ['https://tc.tradetracker.net/?c=123&m=456&a=789&u=https%3A%2F%2Fshop.example'],
    negative: ['https://tradetracker.com/de/', 'https://affiliate.tradetracker.com/login'],
  },
  ebay: {
    positive: ['https://rover.ebay.com/rover/1/707-53477-19255-0/1?icep_id=114&campid=5338', 'https://www.ebay.de/itm/123456?mkcid=1&mkrid=707-53477-19255-0&campid=5338123456', 'https://www.ebay.com/itm/1?campid=5338'],
    negative: ['https://www.ebay.de/itm/123456', 'https://www.ebay.de/b/Gaskocher/123'],
  },
  booking: {
    positive: ['https://www.booking.com/hotel/de/example.de.html?aid=1234567&label=np'],
    negative: ['https://www.booking.com/hotel/de/example.de.html', 'https://www.booking.com/?label=x'],
  },
  skimlinks: {
    positive: ['https://go.skimresources.com/?id=123X456&url=https%3A%2F%2Fshop.example', 'https://go.redirectingat.com/?id=1&url=x', 'https://redirect.viglink.com/?key=abc&u=x'],
    negative: ['https://skimlinks.com/', 'https://www.sovrn.com/'],
  },
  check24: {
    positive: ['https://a.check24.net/misc/click.php?pid=123456&aid=18&deep=kfz', 'https://www.check24.de/strom/?wpset=partner_123'],
    negative: ['https://www.check24.de/strom/', 'https://www.check24.de/'],
  },
  etsy: {
    positive: ['https://www.etsy.com/de/listing/123/handmade-pot?awc=6220_1700000000_abc&utm_source=affiliate_window'],
    negative: ['https://www.etsy.com/de/listing/123/handmade-pot', 'https://www.etsy.com/de/?ref=hdr'],
  },
  udemy: {
    positive: ['https://www.udemy.com/course/vanlife-kochen/?ranMID=39197&ranEAID=abc&ranSiteID=abc-xyz'],
    negative: ['https://www.udemy.com/course/vanlife-kochen/', 'https://www.udemy.com/course/x/?couponCode=SALE'],
  },
  teachable: {
    positive: ['https://kochschule.teachable.com/p/van-kochkurs?affcode=12345_abcd'],
    negative: ['https://kochschule.teachable.com/p/van-kochkurs', 'https://teachable.com/pricing'],
  },
  admitad: {
    positive: ['https://ad.admitad.com/g/383ee6455773fd57830a7d95a12660/?ulp=https%3A%2F%2Fshop.example', 'https://alitems.site/g/1e8d114494b7e165239416525dc3e8/'],
    negative: ['https://www.admitad.com/', 'https://shop.example/g/gallery/'],
  },
  clickbank: {
    positive: ['https://hop.clickbank.net/?affiliate=jana&vendor=kurs', 'https://jana.kurs.hop.clickbank.net/?tid=x', 'https://dcb8e1n7uk1rel69sjvbi6sx1s.hop.clickbank.net'],
    negative: ['https://hop.clickbank.net/', 'https://www.clickbank.com/'],
  },
  copecart: {
    positive: ['https://www.copecart.com/products/a1b2c3d4/p/jana'],
    negative: ['https://www.copecart.com/products/a1b2c3d4/checkout', 'https://www.copecart.com/'],
  },
  elopage: {
    positive: ['https://elopage.com/s/shop/kurs?pid=1234&prid=567', 'https://myablefy.com/s/shop?pid=1&prid=2'],
    negative: ['https://elopage.com/s/shop/kurs', 'https://elopage.com/terms'],
  },
  getyourguide: {
    positive: ['https://www.getyourguide.de/berlin-l17/?partner_id=7ZQ9K2M'],
    negative: ['https://www.getyourguide.de/berlin-l17/', 'https://gyg.me/tourcms'],
  },
  webgains: {
    positive: ['https://track.webgains.com/click.html?wgcampaignid=1&wgprogramid=2&wgtarget=https%3A%2F%2Fshop.example'],
    negative: ['https://www.webgains.com/public/en/privacy-2/', 'https://track.webgains.com/'],
  },
  gumroad: {
    positive: ['https://gumroad.com/a/123456', 'https://jana.gumroad.com/l/rezepte?a=987654'],
    negative: ['https://gumroad.com/', 'https://jana.gumroad.com/l/rezepte'],
  },
}

const neutral = ['/posts/best-tents/', './spiritus-oder-gas.md', '#details', 'mailto:hallo@example.com', 'javascript:alert(1)', 'https://', 'not a url', 'https://www.example-shop.de/kocher?tag=x']

describe('the registry', () => {
  test('has a test row for every network and no row without a network', () => {
    expect(Object.keys(cases).sort()).toEqual(networks.map((network) => network.id).sort())
  })

  test('has unique ids, sorted, each with an operator and a privacy policy', () => {
    const ids = networks.map((network) => network.id)
    expect(ids).toEqual([...new Set(ids)].sort())
    for (const network of networks) {
      expect(network.operator.name.length * network.operator.address.length).toBeGreaterThan(0)
      expect(network.operator.country).toMatch(/^[A-Z]{2}$/)
      expect(network.privacyPolicyUrl).toMatch(/^https:\/\//)
    }
  })

  test("Amazon carries PartnerNet's required sentence in both languages", () => {
    const amazon = networks.find((network) => network.id === 'amazon')
    expect(amazon?.disclosure).toEqual({ de: 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.', en: 'As an Amazon Associate I earn from qualifying purchases.' })
  })
})

describe.each(Object.entries(cases))('%s', (id, { positive, negative }) => {
  test.each(positive)(`%s is ${id}`, (href) => {
    expect(findAffiliateNetwork(href)?.id).toBe(id)
  })
  test.each(negative)('%s is no affiliate link', (href) => {
    expect(findAffiliateNetwork(href)).toBeUndefined()
  })
})

test.each(neutral)('%s is no affiliate link', (href) => {
  expect(findAffiliateNetwork(href)).toBeUndefined()
})

describe('custom networks', () => {
  const shop: AffiliateNetwork = {
    id: 'kocherladen',
    name: 'Kocherladen Partnerprogramm',
    operator: { name: 'Kocherladen GmbH', address: 'Hafenstraße 1, 20457 Hamburg', country: 'DE' },
    privacyPolicyUrl: 'https://kocherladen.example/datenschutz',
    patterns: [{ hosts: ['kocherladen.example'], params: ['partner'] }],
  }
  test('match by host and parameter', () => {
    expect(findAffiliateNetwork('https://www.kocherladen.example/p/1?partner=jana', [shop])?.id).toBe('kocherladen')
    expect(findAffiliateNetwork('https://www.kocherladen.example/p/1', [shop])).toBeUndefined()
  })
  test('win over a built-in network with the same host', () => {
    const ownAmazon = { ...shop, id: 'own-amazon', patterns: [{ hosts: ['amazon.de'], params: ['tag'] }] }
    expect(findAffiliateNetwork('https://www.amazon.de/dp/B0?tag=x-21', [ownAmazon])?.id).toBe('own-amazon')
    expect(findAffiliateNetwork('https://amzn.to/abc', [ownAmazon])?.id).toBe('amazon')
  })
})
