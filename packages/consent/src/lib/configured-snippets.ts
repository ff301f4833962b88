import type { ConsentOptions } from './consent-config-schema.js'
import { services } from './registry.js'
import type { Service } from './service.js'

type ServiceOptions = ConsentOptions['services'][string]

// A value inside a script: JSON string syntax, with `<` escaped so `</script>` cannot occur.
function js(value: string | number): string {
  return JSON.stringify(String(value)).replace(/</g, '\\u003c')
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

// The vendors' documented snippets, unchanged apart from the ids; the caller blocks them.
const snippets: Record<string, (options: ServiceOptions) => string | undefined> = {
  'google-analytics': ({ measurementId: id }) =>
    id &&
    `<script async src="https://www.googletagmanager.com/gtag/js?id=${id}"></script>\n` +
      `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config',${js(id)});</script>`,
  'google-ads': ({ conversionId: id }) =>
    id &&
    `<script async src="https://www.googletagmanager.com/gtag/js?id=${id}"></script>\n` +
      `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config',${js(id)});</script>`,
  'google-tag-manager': ({ containerId: id }) =>
    id &&
    `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer',${js(id)});</script>`,
  matomo: matomoSnippet,
  'matomo-cloud': matomoSnippet,
  plausible: ({ domain, src }) => domain && `<script defer data-domain="${attribute(domain)}" src="${attribute(src ?? 'https://plausible.io/js/script.js')}"></script>`,
  'microsoft-clarity': ({ projectId: id }) =>
    id &&
    `<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window,document,"clarity","script",${js(id)});</script>`,
  'meta-pixel': ({ pixelId: id }) =>
    id &&
    `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init',${js(id)});fbq('track','PageView');</script>`,
}

function matomoSnippet({ url, siteId }: ServiceOptions): string | undefined {
  if (!url || siteId === undefined) return undefined
  const base = url.endsWith('/') ? url : `${url}/`
  return `<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){var u=${js(base)};_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId',${js(siteId)}]);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s);})();</script>`
}

/**
 * The unblocked snippets of every configured service that has one, in service-id order, except those
 * in `present`: a service whose own snippet is already on the page (pasted into the theme or the
 * post) is not included twice, or it would count every view twice.
 */
export function configuredSnippets(options: ConsentOptions, present: ReadonlySet<string> = new Set()): string {
  return Object.keys(options.services)
    .filter((id) => !present.has(id))
    .sort()
    .map((id) => snippets[id]?.(options.services[id] ?? {}))
    .filter((snippet): snippet is string => typeof snippet === 'string')
    .join('\n')
}

/**
 * The site's extra services: its `custom` entries, plus copies of configured registry services whose
 * hosts come from the config (a self-hosted Matomo's URL, a proxied Plausible script) or that the site
 * runs without consent (`withoutConsent`: Art. 6(1)(f) GDPR, nothing asked, named so in the privacy policy).
 */
export function siteServices(options: { custom: readonly Service[]; services: ConsentOptions['services'] }): Service[] {
  const extra: Service[] = options.custom.map((entry) => ({ ...entry }))
  for (const [id, serviceOptions] of Object.entries(options.services)) {
    const base = services.find((service) => service.id === id)
    const hosts = [serviceOptions.url, serviceOptions.src].flatMap((value) => (value ? [new URL(value).hostname] : []))
    if (!base || (hosts.length === 0 && !serviceOptions.withoutConsent)) continue
    const copy: Service = { ...base, scriptHosts: [...base.scriptHosts, ...hosts], pixelHosts: [...base.pixelHosts, ...hosts], connectHosts: [...(base.connectHosts ?? []), ...hosts] }
    extra.push(serviceOptions.withoutConsent ? { ...copy, needsConsent: false, legalBasis: 'legitimate-interest' } : copy)
  }
  return extra
}
