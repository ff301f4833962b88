/**
 * Real vendors' copy-paste snippets, as their own documentation gives them (account ids replaced by
 * the docs' placeholders or obviously fake numbers). Each entry names the page it was taken from.
 * Snippets are the vendors' code examples, reproduced for interoperability testing only.
 *
 * `service` is the registry (or test `consent.custom`) service the snippet must be gated as;
 * `theme: true` puts it into the theme's head as well (analytics and pixels are pasted there).
 */
export interface VendorSnippet {
  id: string
  vendor: string
  /** What it loads: script, loader (builds the URL at runtime), iframe, image, pixel-noscript, css, font, form. */
  kinds: string[]
  service: string
  source: string
  html: string
  theme?: boolean
  /**
   * Its inline script runs without consent (the service needs none), and core refuses a script a
   * post would run (`content-unsafe-html`: content is untrusted; a guest post could put anything next
   * to the loader). It belongs in the theme: the corpus tests its theme copy, and that its post copy
   * is refused.
   */
  contentRefused?: true
}

export const vendorSnippets: VendorSnippet[] = [
  {
    id: 'ga4-gtag',
    vendor: 'Google Analytics 4 (gtag.js)',
    kinds: ['script'],
    service: 'google-analytics',
    source: 'https://developers.google.com/tag-platform/gtagjs/install',
    theme: true,
    html: `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-XXXXXXXXXX');
</script>`,
  },
  {
    id: 'gtm',
    vendor: 'Google Tag Manager (head and body noscript)',
    kinds: ['loader', 'pixel-noscript', 'iframe'],
    service: 'google-tag-manager',
    source: 'https://developers.google.com/tag-platform/tag-manager/web',
    theme: true,
    html: `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-XXXXXX');</script>
<!-- End Google Tag Manager -->
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXXXX"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->`,
  },
  {
    id: 'google-ads-gtag',
    vendor: 'Google Ads conversion tracking (gtag.js)',
    kinds: ['script'],
    service: 'google-ads',
    source: 'https://support.google.com/google-ads/answer/7548399',
    html: `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'AW-123456789');
</script>`,
  },
  {
    id: 'adsense-auto-ads',
    vendor: 'Google AdSense (Auto ads code)',
    kinds: ['script'],
    service: 'google-adsense',
    source: 'https://support.google.com/adsense/answer/9274634',
    theme: true,
    html: `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890123456"
     crossorigin="anonymous"></script>`,
  },
  {
    id: 'adsense-ad-unit',
    vendor: 'Google AdSense (display ad unit)',
    kinds: ['script'],
    service: 'google-adsense',
    source: 'https://support.google.com/adsense/answer/9274516',
    html: `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890123456"
     crossorigin="anonymous"></script>
<ins class="adsbygoogle"
     style="display:block"
     data-ad-client="ca-pub-1234567890123456"
     data-ad-slot="1234567890"
     data-ad-format="auto"
     data-full-width-responsive="true"></ins>
<script>
     (adsbygoogle = window.adsbygoogle || []).push({});
</script>`,
  },
  {
    id: 'matomo-js',
    vendor: 'Matomo (JavaScript tracking code with image fallback)',
    kinds: ['loader', 'pixel-noscript'],
    service: 'matomo',
    source: 'https://developer.matomo.org/guides/tracking-javascript-guide',
    theme: true,
    html: `<!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  /* tracker methods like "setCustomDimension" should be called before "trackPageView" */
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="//stats.example.org/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<noscript><p><img referrerpolicy="no-referrer-when-downgrade" src="//stats.example.org/matomo.php?idsite=1&amp;rec=1" style="border:0;" alt="" /></p></noscript>
<!-- End Matomo Code -->`,
  },
  {
    id: 'matomo-image',
    vendor: 'Matomo (image tracker)',
    kinds: ['image', 'pixel'],
    service: 'matomo',
    source: 'https://matomo.org/faq/how-to/faq_176',
    html: `<!-- Matomo Image Tracker -->
<img src="https://stats.example.org/matomo.php?idsite=1&rec=1" style="border:0" alt="" />
<!-- End Matomo -->`,
  },
  {
    id: 'plausible',
    vendor: 'Plausible Analytics',
    kinds: ['script'],
    service: 'plausible',
    source: 'https://plausible.io/docs/plausible-script',
    theme: true,
    html: `<script defer data-domain="kocherkompass.example" src="https://plausible.io/js/script.js"></script>`,
  },
  {
    id: 'clarity',
    vendor: 'Microsoft Clarity',
    kinds: ['loader'],
    service: 'microsoft-clarity',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup',
    theme: true,
    html: `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "abcdefghij");
</script>`,
  },
  {
    id: 'hotjar',
    vendor: 'Hotjar',
    kinds: ['loader'],
    service: 'hotjar',
    source: 'https://help.hotjar.com/hc/en-us/articles/115009336727-How-to-Install-Your-Hotjar-Tracking-Code',
    theme: true,
    html: `<!-- Hotjar Tracking Code for kocherkompass.example -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`,
  },
  {
    id: 'meta-pixel',
    vendor: 'Meta Pixel (base code)',
    kinds: ['loader', 'pixel-noscript'],
    service: 'meta-pixel',
    source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
    theme: true,
    html: `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`,
  },
  {
    id: 'linkedin-insight',
    vendor: 'LinkedIn Insight Tag',
    kinds: ['loader', 'pixel-noscript'],
    service: 'linkedin-insight',
    source: 'https://www.linkedin.com/help/lms/answer/a418880',
    theme: true,
    html: `<script type="text/javascript">
_linkedin_partner_id = "1234567";
window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];
window._linkedin_data_partner_ids.push(_linkedin_partner_id);
</script><script type="text/javascript">
(function(l) {
if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};
window.lintrk.q=[]}
var s = document.getElementsByTagName("script")[0];
var b = document.createElement("script");
b.type = "text/javascript";b.async = true;
b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";
s.parentNode.insertBefore(b, s);})(window.lintrk);
</script>
<noscript>
<img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif" />
</noscript>`,
  },
  {
    id: 'tiktok-pixel',
    vendor: 'TikTok Pixel (base code)',
    kinds: ['loader'],
    service: 'tiktok-pixel',
    source: 'https://ads.tiktok.com/help/article/get-started-pixel',
    theme: true,
    html: `<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(
var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script")
;n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};

  ttq.load('C1234567890ABCDEFGHI');
  ttq.page();
}(window, document, 'ttq');
</script>`,
  },
  {
    id: 'pinterest-tag',
    vendor: 'Pinterest Tag (base code)',
    kinds: ['loader', 'pixel-noscript'],
    service: 'pinterest-tag',
    source: 'https://developers.pinterest.com/docs/api-features/pinterest-tag/',
    theme: true,
    html: `<!-- Pinterest Tag -->
<script>
!function(e){if(!window.pintrk){window.pintrk = function () {
window.pintrk.queue.push(Array.prototype.slice.call(arguments))};var
  n=window.pintrk;n.queue=[],n.version="3.0";var
  t=document.createElement("script");t.async=!0,t.src=e;var
  r=document.getElementsByTagName("script")[0];
  r.parentNode.insertBefore(t,r)}}("https://s.pinimg.com/ct/core.js");
pintrk('load', '2612345678901');
pintrk('page');
</script>
<noscript>
<img height="1" width="1" style="display:none;" alt=""
  src="https://ct.pinterest.com/v3/?event=init&tid=2612345678901&noscript=1" />
</noscript>
<!-- end Pinterest Tag -->`,
  },
  {
    id: 'youtube',
    vendor: 'YouTube (embed code)',
    kinds: ['iframe'],
    service: 'youtube',
    source: 'https://support.google.com/youtube/answer/171780',
    html: `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abcdefghijk" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`,
  },
  {
    id: 'vimeo',
    vendor: 'Vimeo (embed code with player.js)',
    kinds: ['iframe', 'script'],
    service: 'vimeo',
    source: 'https://help.vimeo.com/hc/en-us/articles/12426259908881-How-to-embed-my-video',
    html: `<div style="padding:56.25% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479" frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write; encrypted-media" style="position:absolute;top:0;left:0;width:100%;height:100%;" title="The New Vimeo Player"></iframe></div><script src="https://player.vimeo.com/api/player.js"></script>`,
  },
  {
    id: 'google-maps-embed',
    vendor: 'Google Maps Embed API (iframe)',
    kinds: ['iframe'],
    service: 'google-maps',
    source: 'https://developers.google.com/maps/documentation/embed/get-started',
    html: `<iframe
  width="450"
  height="250"
  frameborder="0" style="border:0"
  referrerpolicy="no-referrer-when-downgrade"
  src="https://www.google.com/maps/embed/v1/place?key=API_KEY&q=Space+Needle,Seattle+WA"
  allowfullscreen>
</iframe>`,
  },
  {
    id: 'google-maps-bootstrap',
    vendor: 'Google Maps JavaScript API (dynamic library import bootstrap loader)',
    kinds: ['loader'],
    service: 'google-maps',
    source: 'https://developers.google.com/maps/documentation/javascript/load-maps-js-api',
    html: `<div id="map" style="height:400px"></div>
<script>
  (g=>{var h,a,k,p="The Google Maps JavaScript API",c="google",l="importLibrary",q="__ib__",m=document,b=window;b=b[c]||(b[c]={});var d=b.maps||(b.maps={}),r=new Set,e=new URLSearchParams,u=()=>h||(h=new Promise(async(f,n)=>{await (a=m.createElement("script"));e.set("libraries",[...r]+"");for(k in g)e.set(k.replace(/[A-Z]/g,t=>"_"+t[0].toLowerCase()),g[k]);e.set("callback",c+".maps."+q);a.src=\`https://maps.\${c}apis.com/maps/api/js?\`+e;d[q]=f;a.onerror=()=>h=n(Error(p+" could not load."));a.nonce=m.querySelector("script[nonce]")?.nonce||"";m.head.append(a)}));d[l]?console.warn(p+" only loads once. Ignoring:",g):d[l]=(f,...n)=>r.add(f)&&u().then(()=>d[l](f,...n))})({
    key: "YOUR_API_KEY",
    v: "weekly",
  });
</script>
<script>
  let map;
  async function initMap() {
    const { Map } = await google.maps.importLibrary("maps");
    map = new Map(document.getElementById("map"), { center: { lat: -34.397, lng: 150.644 }, zoom: 8 });
  }
  initMap();
</script>`,
  },
  {
    id: 'google-maps-static',
    vendor: 'Google Maps Static API (image)',
    kinds: ['image'],
    service: 'google-maps',
    source: 'https://developers.google.com/maps/documentation/maps-static/start',
    html: `<img src="https://maps.googleapis.com/maps/api/staticmap?center=Brooklyn+Bridge,New+York,NY&zoom=13&size=600x300&maptype=roadmap&markers=color:blue%7Clabel:S%7C40.702147,-74.015794&key=YOUR_API_KEY" alt="Karte der Brooklyn Bridge">`,
  },
  {
    id: 'spotify',
    vendor: 'Spotify (embed)',
    kinds: ['iframe'],
    service: 'spotify',
    source: 'https://developer.spotify.com/documentation/embeds/tutorials/creating-an-embed',
    html: `<iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT?utm_source=generator" width="100%" height="352" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>`,
  },
  {
    id: 'soundcloud',
    vendor: 'SoundCloud (embed)',
    kinds: ['iframe'],
    service: 'soundcloud',
    source: 'https://help.soundcloud.com/hc/en-us/articles/115003568008-Embedding-a-track-or-playlist',
    html: `<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true"></iframe>`,
  },
  {
    id: 'openstreetmap',
    vendor: 'OpenStreetMap (Share → HTML)',
    kinds: ['iframe'],
    service: 'openstreetmap',
    source: 'https://wiki.openstreetmap.org/wiki/Export#Embeddable_HTML',
    html: `<iframe width="425" height="350" src="https://www.openstreetmap.org/export/embed.html?bbox=9.9%2C53.5%2C10.1%2C53.6&amp;layer=mapnik" style="border: 1px solid black"></iframe><br/><small><a href="https://www.openstreetmap.org/#map=13/53.55/10.00">Größere Karte anzeigen</a></small>`,
  },
  {
    id: 'x-post',
    vendor: 'X (embedded post)',
    kinds: ['script'],
    service: 'twitter',
    source: 'https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview',
    html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Sunsets don&#39;t get much better than this one over <a href="https://twitter.com/GrandTetonNPS?ref_src=twsrc%5Etfw">@GrandTetonNPS</a>. <a href="https://twitter.com/hashtag/nature?src=hash&amp;ref_src=twsrc%5Etfw">#nature</a> <a href="https://t.co/YuKy2rcjyU">pic.twitter.com/YuKy2rcjyU</a></p>&mdash; US Department of the Interior (@Interior) <a href="https://twitter.com/Interior/status/463440424141459456?ref_src=twsrc%5Etfw">May 5, 2014</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`,
  },
  {
    id: 'instagram',
    vendor: 'Instagram (embed)',
    kinds: ['script'],
    service: 'instagram',
    source: 'https://developers.facebook.com/docs/instagram-platform/embed-button',
    html: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2b3c4d5e/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style=" background:#FFF; border:0; border-radius:3px; margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%;"><div style="padding:16px;"><a href="https://www.instagram.com/p/C1a2b3c4d5e/?utm_source=ig_embed&amp;utm_campaign=loading" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank">Diesen Beitrag auf Instagram ansehen</a></div></blockquote>
<script async src="//www.instagram.com/embed.js"></script>`,
  },
  {
    id: 'tiktok-embed',
    vendor: 'TikTok (embedded video)',
    kinds: ['script'],
    service: 'tiktok',
    source: 'https://developers.tiktok.com/doc/embed-videos/',
    html: `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173" style="max-width: 605px;min-width: 325px;" > <section> <a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015">@scout2015</a> Scramble up ur name &amp; I’ll try to guess it😍❤️ <a title="foryoupage" target="_blank" href="https://www.tiktok.com/tag/foryoupage">#foryoupage</a> <a target="_blank" title="♬ original sound - Scout" href="https://www.tiktok.com/music/original-sound-6718335372377098000">♬ original sound - Scout</a> </section> </blockquote> <script async src="https://www.tiktok.com/embed.js"></script>`,
  },
  {
    id: 'pinterest-pin',
    vendor: 'Pinterest (Pin widget)',
    kinds: ['script'],
    service: 'pinterest',
    source: 'https://developers.pinterest.com/docs/web-features/add-ons-overview/',
    html: `<a data-pin-do="embedPin" href="https://www.pinterest.com/pin/99360735500167749/"></a>
<script type="text/javascript" async defer src="//assets.pinterest.com/js/pinit.js"></script>`,
  },
  {
    id: 'disqus',
    vendor: 'Disqus (universal embed code)',
    kinds: ['loader'],
    service: 'disqus',
    source: 'https://help.disqus.com/en/articles/1717112-universal-embed-code',
    html: `<div id="disqus_thread"></div>
<script>
    /**
    *  RECOMMENDED CONFIGURATION VARIABLES: EDIT AND UNCOMMENT THE SECTION BELOW TO INSERT DYNAMIC VALUES FROM YOUR PLATFORM OR CMS.
    *  LEARN WHY DEFINING THESE VARIABLES IS IMPORTANT: https://disqus.com/admin/universalcode/#configuration-variables    */
    /*
    var disqus_config = function () {
    this.page.url = PAGE_URL;  // Replace PAGE_URL with your page's canonical URL variable
    this.page.identifier = PAGE_IDENTIFIER; // Replace PAGE_IDENTIFIER with your page's unique identifier variable
    };
    */
    (function() { // DON'T EDIT BELOW THIS LINE
    var d = document, s = d.createElement('script');
    s.src = 'https://EXAMPLE.disqus.com/embed.js';
    s.setAttribute('data-timestamp', +new Date());
    (d.head || d.body).appendChild(s);
    })();
</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>`,
  },
  {
    id: 'calendly',
    vendor: 'Calendly (inline embed)',
    kinds: ['script'],
    service: 'calendly',
    source: 'https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview',
    html: `<!-- Calendly inline widget begin -->
<div class="calendly-inline-widget" data-url="https://calendly.com/acmesales" style="min-width:320px;height:700px;"></div>
<script type="text/javascript" src="https://assets.calendly.com/assets/external/widget.js" async></script>
<!-- Calendly inline widget end -->`,
  },
  {
    id: 'typeform',
    vendor: 'Typeform (standard embed)',
    kinds: ['script'],
    service: 'typeform',
    source: 'https://www.typeform.com/developers/embed/standard/',
    html: `<div data-tf-widget="moe6aa" data-tf-opacity="100" data-tf-iframe-props="title=My typeform" data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:400px;"></div><script src="//embed.typeform.com/next/embed.js"></script>`,
  },
  {
    id: 'mailchimp',
    vendor: 'Mailchimp (embedded signup form, classic)',
    kinds: ['css', 'form', 'script'],
    service: 'mailchimp',
    source: 'https://mailchimp.com/help/add-a-signup-form-to-your-website/',
    html: `<!-- Begin Mailchimp Signup Form -->
<link href="//cdn-images.mailchimp.com/embedcode/classic-061523.css" rel="stylesheet" type="text/css">
<div id="mc_embed_shell">
<div id="mc_embed_signup">
    <form action="https://example.us1.list-manage.com/subscribe/post?u=0123456789abcdef0123456789&amp;id=abcdef1234&amp;f_id=00a1b2c3d0" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
        <div id="mc_embed_signup_scroll"><h2>Subscribe</h2>
            <div class="mc-field-group"><label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div>
        <div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_0123456789abcdef0123456789_abcdef1234" tabindex="-1" value=""></div><div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Subscribe"></div>
    </div>
</form>
</div>
<script type="text/javascript" src="//s3.amazonaws.com/downloads.mailchimp.com/js/mc-validate.js"></script><script type="text/javascript">(function($) {window.fnames = new Array(); window.ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';}(jQuery));var $mcj = jQuery.noConflict(true);</script></div>
<!--End mc_embed_signup-->`,
  },
  {
    id: 'brevo',
    vendor: 'Brevo (form iframe)',
    kinds: ['iframe'],
    service: 'brevo',
    source: 'https://help.brevo.com/hc/en-us/articles/360014769619-Share-your-subscription-form-on-your-website',
    html: `<iframe width="540" height="305" src="https://a1b2c3d4.sibforms.com/serve/MUIFAExampleFormId" frameborder="0" scrolling="auto" allowfullscreen style="display: block;margin-left: auto;margin-right: auto;max-width: 100%;"></iframe>`,
  },
  {
    id: 'kit',
    vendor: 'Kit (ConvertKit) form embed',
    kinds: ['script'],
    service: 'convertkit',
    source: 'https://help.kit.com/en/articles/4009572-form-embedding-basics',
    html: `<script async data-uid="a1b2c3d4e5" src="https://example.kit.com/a1b2c3d4e5/index.js"></script>`,
  },
  {
    id: 'google-fonts-link',
    vendor: 'Google Fonts (embed code, <link>)',
    kinds: ['css', 'font'],
    service: 'google-fonts',
    source: 'https://developers.google.com/fonts/docs/getting_started',
    theme: true,
    html: `<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&display=swap" rel="stylesheet">`,
  },
  {
    id: 'google-fonts-import',
    vendor: 'Google Fonts (embed code, @import)',
    kinds: ['css', 'font'],
    service: 'google-fonts',
    source: 'https://developers.google.com/fonts/docs/css2',
    html: `<style>
@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap');
</style>`,
  },
  {
    id: 'amazon-image-link',
    vendor: 'Amazon Associates (SiteStripe "Image" link, as still found in older posts)',
    kinds: ['image', 'pixel'],
    service: 'amazon-associates',
    source: 'https://affiliate-program.amazon.com/help/node/topic/GJMMT7G4C8K4Y3AY',
    html: `<a href="https://www.amazon.de/dp/B07ABCDEFG?tag=kocherkompass-21&linkCode=li2" target="_blank"><img border="0" src="//ws-eu.amazon-adsystem.com/widgets/q?_encoding=UTF8&ASIN=B07ABCDEFG&Format=_SL160_&ID=AsinImage&MarketPlace=DE&ServiceVersion=20070822&WS=1&tag=kocherkompass-21&language=de_DE" ></a><img src="https://ir-de.amazon-adsystem.com/e/ir?t=kocherkompass-21&language=de_DE&l=li2&o=3&a=B07ABCDEFG" width="1" height="1" border="0" alt="" style="border:none !important; margin:0px !important;" />`,
  },
  {
    id: 'amazon-product-image',
    vendor: 'Amazon Product Advertising API image (m.media-amazon.com)',
    kinds: ['image'],
    service: 'amazon-associates',
    source: 'https://webservices.amazon.com/paapi5/documentation/images.html',
    html: `<a href="https://www.amazon.de/dp/B07ABCDEFG?tag=kocherkompass-21" rel="sponsored nofollow noopener"><img src="https://m.media-amazon.com/images/I/41abcdefgHL._SL500_.jpg" srcset="https://m.media-amazon.com/images/I/41abcdefgHL._SL500_.jpg 1x, https://m.media-amazon.com/images/I/41abcdefgHL._SL1000_.jpg 2x" width="500" height="500" alt="Campingkocher"></a>`,
  },
  {
    id: 'facebook-page-plugin',
    vendor: 'Facebook Page Plugin (iframe)',
    kinds: ['iframe'],
    service: 'facebook',
    source: 'https://developers.facebook.com/docs/plugins/page-plugin/',
    html: `<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Ffacebook&tabs=timeline&width=340&height=500&small_header=false&adapt_container_width=true&hide_cover=false&show_facepile=true&appId" width="340" height="500" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"></iframe>`,
  },
  {
    id: 'cloudflare-web-analytics',
    vendor: 'Cloudflare Web Analytics (beacon)',
    kinds: ['script'],
    service: 'cloudflare-web-analytics',
    source: 'https://developers.cloudflare.com/web-analytics/get-started/',
    theme: true,
    html: `<!-- Cloudflare Web Analytics --><script defer src='https://static.cloudflareinsights.com/beacon.min.js' data-cf-beacon='{"token": "0123456789abcdef0123456789abcdef"}'></script><!-- End Cloudflare Web Analytics -->`,
  },
  {
    id: 'umami',
    vendor: 'Umami Cloud (tracking code)',
    kinds: ['script'],
    service: 'umami',
    source: 'https://umami.is/docs/collect-data',
    theme: true,
    html: `<script defer src="https://cloud.umami.is/script.js" data-website-id="94db1cb1-74f4-4a40-ad6c-962362670409"></script>`,
  },
  {
    id: 'simple-analytics',
    vendor: 'Simple Analytics (script with noscript pixel)',
    kinds: ['script', 'pixel-noscript'],
    service: 'simple-analytics',
    source: 'https://docs.simpleanalytics.com/script',
    theme: true,
    html: `<!-- 100% privacy-first analytics -->
<script async src="https://scripts.simpleanalyticscdn.com/latest.js"></script>
<noscript><img src="https://queue.simpleanalyticscdn.com/noscript.gif" alt="" referrerpolicy="no-referrer-when-downgrade" /></noscript>`,
  },
  {
    id: 'font-awesome-kit',
    vendor: 'Font Awesome (Kit)',
    kinds: ['script', 'font'],
    service: 'font-awesome',
    source: 'https://docs.fontawesome.com/web/setup/use-kit',
    html: `<script src="https://kit.fontawesome.com/a076d05399.js" crossorigin="anonymous"></script>`,
  },
  {
    id: 'adobe-fonts',
    vendor: 'Adobe Fonts (web project embed code)',
    kinds: ['css', 'font'],
    service: 'adobe-fonts',
    source: 'https://helpx.adobe.com/fonts/using/add-fonts-website.html',
    html: `<link rel="stylesheet" href="https://use.typekit.net/abc1def.css">`,
  },
  {
    id: 'bootstrap-jsdelivr',
    vendor: 'Bootstrap from jsDelivr (quick start)',
    kinds: ['css', 'script'],
    service: 'jsdelivr',
    source: 'https://getbootstrap.com/docs/5.3/getting-started/introduction/',
    html: `<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.8/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-sRIl4kxILFvY47J16cr9ZwB07vP4J8+LH7qKQnuqkuIAvNWLzeN8tE5YBujZqJLB" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.8/dist/js/bootstrap.bundle.min.js" integrity="sha384-FKyoEForCGlyvwx9Hj09JcYn3nv7wiPVlz7YYwJrWVcXK/BmnVDxM+D2scQbITxI" crossorigin="anonymous"></script>`,
  },
  {
    id: 'gravatar',
    vendor: 'Gravatar (avatar image)',
    kinds: ['image'],
    service: 'gravatar',
    source: 'https://docs.gravatar.com/sdk/images/',
    html: `<img src="https://gravatar.com/avatar/27205e5c51cb03f862138b22bcb5dc20f94a342e744ff6df1b8dc8af3c865109?s=80" alt="Autorin" width="80" height="80">`,
  },
  // Session 4: snippets that were not in the corpus when the analysis was written (re-check of the guarantee).
  {
    id: 'microsoft-uet',
    vendor: 'Microsoft Advertising UET tag (JavaScript)',
    kinds: ['loader'],
    service: 'microsoft-advertising',
    source: 'https://help.ads.microsoft.com/apex/index/3/en/56686',
    theme: true,
    html: `<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");</script>`,
  },
  {
    id: 'x-pixel',
    vendor: 'X Pixel (base code)',
    kinds: ['loader'],
    service: 'x-pixel',
    source: 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
    theme: true,
    html: `<!-- X conversion tracking base code -->
<script>
!function(e,t,n,s,u,a){e.twq||(s=e.twq=function(){s.exe?s.exe.apply(s,arguments):s.queue.push(arguments);
},s.version='1.1',s.queue=[],u=t.createElement(n),u.async=!0,u.src='https://static.ads-twitter.com/uwt.js',
a=t.getElementsByTagName(n)[0],a.parentNode.insertBefore(u,a))}(window,document,'script');
twq('config','o1234');
</script>
<!-- End X conversion tracking base code -->`,
  },
  {
    id: 'etracker',
    vendor: 'etracker Analytics (tracking code, protocol-relative)',
    kinds: ['script'],
    service: 'etracker',
    source: 'https://play.etracker.com/en/docs/integration-setup-2/tracking-code-sdks/tracking-code-integration/data-protection-information/',
    theme: true,
    contentRefused: true,
    html: `<!-- Copyright (c) 2000-2026 etracker GmbH. All rights reserved. -->
<!-- This material may not be reproduced, displayed, modified or distributed -->
<!-- without the express prior written permission of the copyright holder. -->
<!-- etracker tracklet 5.0 -->
<script type="text/javascript">
// var et_pagename = "";
</script>
<script id="_etLoader" type="text/javascript" charset="UTF-8" data-block-cookies="true" data-secure-code="AbCdEf" data-respect-dnt="true" src="//code.etracker.com/code/e.js" async></script>
<!-- etracker tracklet 5.0 end -->`,
  },
  {
    id: 'awin-mastertag',
    vendor: 'Awin MasterTag',
    kinds: ['script'],
    service: 'awin',
    source: 'https://help.awin.com/developers/docs/implementing-leads-tracking',
    theme: true,
    html: `<!--Master Tag add just before the closing </body> tag-->
<script src="https://www.dwin1.com/12345.js" type="text/javascript" defer="defer"></script>`,
  },
  {
    id: 'trustpilot-trustbox',
    vendor: 'Trustpilot TrustBox (bootstrap script + widget)',
    kinds: ['script', 'iframe'],
    service: 'trustpilot',
    source: 'https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website',
    html: `<!-- TrustBox script -->
<script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>
<!-- End TrustBox script -->
<!-- TrustBox widget - Micro Review Count -->
<div class="trustpilot-widget" data-locale="de-DE" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="0123456789abcdef01234567" data-style-height="24px" data-style-width="100%" data-theme="light">
  <a href="https://de.trustpilot.com/review/kocherkompass.example" target="_blank" rel="noopener">Trustpilot</a>
</div>
<!-- End TrustBox widget -->`,
  },
  {
    id: 'dailymotion',
    vendor: 'Dailymotion (iFrame player)',
    kinds: ['iframe'],
    service: 'dailymotion',
    source: 'https://developers.dailymotion.com/docs/iframe-web',
    html: `<iframe frameborder="0" width="640" height="360" src="https://geo.dailymotion.com/player/xabc1.html?video=x84sh87" allowfullscreen allow="autoplay; fullscreen; picture-in-picture; web-share"></iframe>`,
  },
  {
    id: 'twitch',
    vendor: 'Twitch (video iframe with parent)',
    kinds: ['iframe'],
    service: 'twitch',
    source: 'https://dev.twitch.tv/docs/embed/video-and-clips/',
    html: `<iframe src="https://player.twitch.tv/?video=2064229582&parent=kocherkompass.example" frameborder="0" allowfullscreen="true" scrolling="no" height="378" width="620"></iframe>`,
  },
  {
    id: 'podigee',
    vendor: 'Podigee Podcast Player (embed script)',
    kinds: ['script', 'iframe'],
    service: 'podigee',
    source: 'https://help.podigee.com/article/575-custom-source-parameter',
    html: `<script class="podigee-podcast-player" src="https://player.podigee-cdn.net/podcast-player/javascripts/podigee-podcast-player.js" data-configuration="https://kocherkompass.podigee.io/1-erste-folge/embed?context=external"></script>`,
  },
  {
    id: 'google-forms',
    vendor: 'Google Forms (embedded form)',
    kinds: ['iframe', 'form'],
    service: 'google-forms',
    source: 'https://support.google.com/docs/answer/2839588',
    html: `<iframe src="https://docs.google.com/forms/d/e/1FAIpQLSd0123456789abcdefghijklmnopqrstuvwxyzABCDEFG/viewform?embedded=true" width="640" height="800" frameborder="0" marginheight="0" marginwidth="0">Wird geladen…</iframe>`,
  },
  {
    id: 'leaflet-osm-tiles',
    vendor: 'Leaflet from unpkg with OpenStreetMap tiles (quick start)',
    kinds: ['css', 'script', 'loader', 'image'],
    service: 'unpkg',
    source: 'https://leafletjs.com/examples/quick-start/',
    html: `<link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css" integrity="sha256-p4NxAoJBhIIN+hmNHrzRCf9tD/miZyoHS5obTRR9BMY=" crossorigin=""/>
<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js" integrity="sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo=" crossorigin=""></script>
<div id="map" style="height: 180px"></div>
<script>
var map = L.map('map').setView([51.505, -0.09], 13);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="http://www.openstreetmap.org/copyright">OpenStreetMap</a>'
}).addTo(map);
</script>`,
  },
  {
    id: 'plausible-self-hosted',
    vendor: 'Plausible Community Edition, self-hosted on another host',
    kinds: ['script'],
    service: 'plausible-self-hosted',
    source: 'https://plausible.io/docs/self-hosting',
    html: `<script defer data-domain="kocherkompass.example" src="https://stats.plausible-host.example/js/script.js"></script>`,
  },
  // Session 8 (consent2): vendors and loader styles the corpus did not have — module scripts, custom
  // elements, `<style>` url(), captchas, payment widgets, fediverse embeds, speculation rules, iframe
  // srcdoc facades. Reddit's and Snap's own help pages are not in the stored
  // corpus; their base codes are taken from the implementation guides named as `source`.
  {
    id: 'fathom',
    vendor: 'Fathom Analytics (embed script)',
    kinds: ['script'],
    service: 'fathom',
    source: 'https://usefathom.com/support/tracking',
    theme: true,
    html: `<script src="https://cdn.usefathom.com/script.js" data-site="ABCDEFG" defer></script>`,
  },
  {
    id: 'reddit-pixel',
    vendor: 'Reddit Pixel (base code)',
    kinds: ['loader'],
    service: 'reddit-pixel',
    source: 'https://opsblu.com/documentation/ad-platforms/reddit-ads',
    theme: true,
    html: `<!-- Reddit Pixel -->
<script>
!function(w,d){if(!w.rdt){var p=w.rdt=function(){p.sendEvent?p.sendEvent.apply(p,arguments):p.callQueue.push(arguments)};p.callQueue=[];var t=d.createElement("script");t.src="https://www.redditstatic.com/ads/pixel.js",t.async=!0;var s=d.getElementsByTagName("script")[0];s.parentNode.insertBefore(t,s)}}(window,document);rdt('init','a2_abcdefghijkl');rdt('track', 'PageVisit');
</script>
<!-- DO NOT MODIFY UNLESS TO REPLACE A USER IDENTIFIER -->
<!-- End Reddit Pixel -->`,
  },
  {
    id: 'snap-pixel',
    vendor: 'Snap Pixel (base code)',
    kinds: ['loader'],
    service: 'snap-pixel',
    source: 'https://opsblu.com/de/documentation/ad-platforms/snapchat-ads',
    theme: true,
    html: `<!-- Snap Pixel Code -->
<script type='text/javascript'>
(function(e,t,n){if(e.snaptr)return;var a=e.snaptr=function()
{a.handleRequest?a.handleRequest.apply(a,arguments):a.queue.push(arguments)};
a.queue=[];var s='script';r=t.createElement(s);r.async=!0;
r.src=n;var u=t.getElementsByTagName(s)[0];
u.parentNode.insertBefore(r,u);})(window,document,
'https://sc-static.net/scevent.min.js');
snaptr('init', 'e0bfc1fc-8a06-48a8-b221-673653f0020e', {});
snaptr('track', 'PAGE_VIEW');
</script>
<!-- End Snap Pixel Code -->`,
  },
  {
    id: 'matomo-tag-manager-cloud',
    vendor: 'Matomo Tag Manager (container on Matomo Cloud)',
    kinds: ['loader'],
    service: 'matomo-cloud',
    source: 'https://developer.matomo.org/guides/tagmanager/embedding',
    theme: true,
    html: `<!-- Matomo Tag Manager -->
<script type="text/javascript">
  window._mtm = window._mtm || [];
  window._mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});
  (function() {
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.type='text/javascript'; g.async=true; g.src='https://cdn.matomo.cloud/kocherkompass.matomo.cloud/container_AbCdEfGh.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Tag Manager -->`,
  },
  {
    id: 'matomo-tag-manager-self-hosted',
    vendor: 'Matomo Tag Manager (container on the configured self-hosted Matomo)',
    kinds: ['loader'],
    service: 'matomo',
    source: 'https://developer.matomo.org/guides/tagmanager/integration-plugin',
    html: `<!-- Matomo Tag Manager -->
<script>
var _mtm = window._mtm = window._mtm || [];
_mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});
(function() {
  var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
  g.async=true; g.src='https://stats.example.org/js/container_Xy12Ab34.js'; s.parentNode.insertBefore(g,s);
})();
</script>
<!-- End Matomo Tag Manager -->`,
  },
  {
    id: 'hcaptcha',
    vendor: 'hCaptcha (widget in a form)',
    kinds: ['script', 'form'],
    service: 'hcaptcha',
    source: 'https://docs.hcaptcha.com',
    html: `<script src="https://js.hcaptcha.com/1/api.js" async defer></script>
<form method="POST" action="/kontakt/">
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <input type="submit" value="Senden">
</form>`,
  },
  {
    id: 'hcaptcha-explicit',
    vendor: 'hCaptcha (explicit rendering with onload callback)',
    kinds: ['script', 'loader'],
    service: 'hcaptcha',
    source: 'https://docs.hcaptcha.com',
    html: `<div id="captcha-box"></div>
<script>
  function onLoad() { hcaptcha.render('captcha-box', { sitekey: '10000000-ffff-ffff-ffff-000000000001' }); }
</script>
<script src="https://js.hcaptcha.com/1/api.js?onload=onLoad&render=explicit" async defer></script>`,
  },
  {
    id: 'turnstile',
    vendor: 'Cloudflare Turnstile (implicit rendering)',
    kinds: ['script', 'form'],
    service: 'cloudflare-turnstile',
    source: 'https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/',
    html: `<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
<form action="/kontakt/" method="POST">
  <input type="text" name="email" placeholder="E-Mail">
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA" data-theme="light"></div>
  <button type="submit">Senden</button>
</form>`,
  },
  {
    id: 'turnstile-explicit',
    vendor: 'Cloudflare Turnstile (explicit rendering)',
    kinds: ['script', 'loader'],
    service: 'cloudflare-turnstile',
    source: 'https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/',
    html: `<script src="https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit" defer></script>
<div id="turnstile-container"></div>
<script>
  window.onloadTurnstileCallback = function () {
    turnstile.render('#turnstile-container', { sitekey: '1x00000000000000000000AA' });
  };
  document.addEventListener('DOMContentLoaded', function () { if (window.turnstile) window.onloadTurnstileCallback(); });
</script>`,
  },
  {
    id: 'recaptcha-v3',
    vendor: 'Google reCAPTCHA v3 (programmatic execute)',
    kinds: ['script', 'loader'],
    service: 'google-recaptcha',
    source: 'https://developers.google.com/recaptcha/docs/v3',
    html: `<script src="https://www.google.com/recaptcha/api.js?render=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></script>
<script>
  function onClick(e) {
    e.preventDefault();
    grecaptcha.ready(function() {
      grecaptcha.execute('6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', {action: 'submit'}).then(function(token) {
        document.getElementById('demo-token').value = token;
      });
    });
  }
</script>
<input type="hidden" id="demo-token">`,
  },
  {
    id: 'recaptcha-button',
    vendor: 'Google reCAPTCHA v3 (challenge bound to a button)',
    kinds: ['script', 'form'],
    service: 'google-recaptcha',
    source: 'https://developers.google.com/recaptcha/docs/v3',
    html: `<script src="https://www.google.com/recaptcha/api.js"></script>
<script>
  function onSubmit(token) {
    document.getElementById("demo-form").submit();
  }
</script>
<form id="demo-form" action="/kontakt/" method="POST">
<button class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI" data-callback='onSubmit' data-action='submit'>Senden</button>
</form>`,
  },
  {
    id: 'tally',
    vendor: 'Tally (standard embed: iframe data-tally-src + widget script)',
    kinds: ['script', 'iframe', 'loader'],
    service: 'tally',
    source: 'https://developers.tally.so/widgets/embeds',
    html: `<iframe data-tally-src="https://tally.so/embed/mRoDv3?alignLeft=1&hideTitle=1&transparentBackground=1&dynamicHeight=1" loading="lazy" width="100%" height="200" frameborder="0" marginheight="0" marginwidth="0" title="Newsletter"></iframe>
<script src="https://tally.so/widgets/embed.js"></script>
<script>Tally.loadEmbeds();</script>`,
  },
  {
    id: 'bluesky',
    vendor: 'Bluesky (embedded post: blockquote + embed.js)',
    kinds: ['script'],
    service: 'bluesky',
    source: 'https://www.docs.bsky.app/docs/advanced-guides/oembed',
    html: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kabcdefghi2x" data-bluesky-cid="bafyreiabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopq"><p lang="de">Neuer Kocher im Test.</p>&mdash; Kocherkompass (<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur?ref_src=embed">@kocherkompass.example</a>) <a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabcdefghi2x?ref_src=embed">1. Dezember 2026 um 10:00</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
  },
  {
    id: 'bluesky-post-element',
    vendor: 'Bluesky post as a custom element (bluesky-post-embed from esm.sh, type="module")',
    kinds: ['script', 'module'],
    service: 'esm-sh',
    source: 'https://www.npmjs.com/package/bluesky-post-embed',
    html: `<script type="module" src="https://esm.sh/bluesky-post-embed@~0.1.0"></script>
<bluesky-post src="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabcdefghi2x" theme="light">
  <blockquote class="bluesky-post-fallback">
    <p dir="auto">Neuer Kocher im Test.</p>
    &mdash; Kocherkompass (@kocherkompass.example)
    <a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabcdefghi2x">1. Dezember 2026</a>
  </blockquote>
</bluesky-post>`,
  },
  {
    id: 'wistia',
    vendor: 'Wistia (player web component: module script, player.js, <style> with a url() swatch)',
    kinds: ['script', 'module', 'css', 'image'],
    service: 'wistia',
    source: 'https://docs.wistia.com/docs/wip-aurora-draft',
    html: `<script src="https://fast.wistia.com/embed/abc123.js" async type="module"></script>
<script src="https://fast.wistia.com/player.js" async></script>
<style>
  wistia-player[media-id='abc123']:not(:defined) {
    background: center / contain no-repeat
      url('https://fast.wistia.com/embed/medias/abc123/swatch');
    display: block;
    filter: blur(5px);
    padding-top: 56.25%;
  }
</style>
<wistia-player media-id="abc123"></wistia-player>`,
  },
  {
    id: 'wistia-iframe',
    vendor: 'Wistia (iframe "fallback" embed)',
    kinds: ['iframe'],
    service: 'wistia',
    source: 'https://docs.wistia.com/docs/construct-a-wistia-embed-code',
    html: `<iframe src="https://fast.wistia.net/embed/iframe/abc123" title="Kocher im Test" allow="autoplay; fullscreen" allowtransparency="true" frameborder="0" scrolling="no" class="wistia_embed" name="wistia_embed" width="640" height="360"></iframe>`,
  },
  {
    id: 'stripe-pricing-table',
    vendor: 'Stripe (embeddable pricing table)',
    kinds: ['script', 'custom-element'],
    service: 'stripe',
    source: 'https://docs.stripe.com/payments/checkout/pricing-table',
    html: `<script async src="https://js.stripe.com/v3/pricing-table.js"></script>
<stripe-pricing-table pricing-table-id="prctbl_1AbCdEfGhIjKlMnOpQrStUvW" publishable-key="pk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz"></stripe-pricing-table>`,
  },
  {
    id: 'paypal-buttons',
    vendor: 'PayPal JavaScript SDK (buttons, instant render)',
    kinds: ['script', 'loader'],
    service: 'paypal',
    source: 'https://developer.paypal.com/sdk/js/performance/',
    html: `<script src="https://www.paypal.com/sdk/js?client-id=test&currency=EUR"></script>
<div id="paypal-button-container"></div>
<script>paypal.Buttons().render('#paypal-button-container');</script>`,
  },
  {
    id: 'paypal-components',
    vendor: 'PayPal JavaScript SDK (components=buttons in the script URL)',
    kinds: ['script'],
    service: 'paypal',
    source: 'https://developer.paypal.com/sdk/js/v5/reference.md',
    html: `<script src="https://www.paypal.com/sdk/js?client-id=YOUR_CLIENT_ID&components=buttons"></script>
<div id="paypal-button-container"></div>`,
  },
  {
    id: 'chargebee-pricing-table',
    vendor: 'Chargebee pricing table (Chargebee.js, deferred)',
    kinds: ['script', 'loader'],
    service: 'chargebee',
    source: 'https://www.chargebee.com/tutorials/pricing-table-quickstart/',
    html: `<div id="chargebee-pricing-table" data-pricing-table-key="YOUR-PRICING-TABLE-ID"></div>
<script src="https://js.chargebee.com/v2/chargebee.js" defer></script>`,
  },
  {
    id: 'mastodon',
    vendor: 'Mastodon (embedded post: iframe + the instance\'s embed.js)',
    kinds: ['iframe', 'script'],
    service: 'mastodon-social',
    source: 'https://shkspr.mobi/blog/2024/09/comparing-embeds-from-short-form-social-media-sites/',
    html: `<iframe src="https://mastodon.social/@Gargron/112990799122059429/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe><script src="https://mastodon.social/embed.js" async="async"></script>`,
  },
  {
    id: 'loom-iframe',
    vendor: 'Loom (video embed iframe)',
    kinds: ['iframe'],
    service: 'loom',
    source: 'https://npmjs.com/package/@loomhq/loom-embed',
    html: `<div style="position: relative; padding-bottom: 56.25%; height: 0;"><iframe src="https://www.loom.com/embed/3110e657b2c6410a96bc7700d5b5e18f" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen style="position: absolute; top: 0; left: 0; width: 100%; height: 100%;"></iframe></div>`,
  },
  {
    id: 'loom-embed-module',
    vendor: 'Loom embed SDK (inline type="module" importing from unpkg)',
    kinds: ['module', 'script'],
    service: 'unpkg',
    source: 'https://npmjs.com/package/@loomhq/loom-embed',
    html: `<script type="module"> import * as loom from "https://www.unpkg.com/@loomhq/loom-embed@1.2.4/dist/esm/index.js?module"; </script>`,
  },
  {
    id: 'outbrain-widget',
    vendor: 'Outbrain (Smartfeed widget: div.OUTBRAIN + outbrain.js)',
    kinds: ['script'],
    service: 'outbrain',
    source: 'https://developer.outbrain.com/standard-js-detailed-implementation-guide/',
    html: `<div class="OUTBRAIN" data-src="https://kocherkompass.example/outbrain-widget/" data-widget-id="AR_1"></div>
<script type="text/javascript" async="async" src="//widgets.outbrain.com/outbrain.js"></script>`,
  },
  {
    id: 'outbrain-js-api',
    vendor: 'Outbrain (JS API: library + recommendation request)',
    kinds: ['script', 'loader'],
    service: 'outbrain',
    source: 'https://developer.outbrain.com/apis/outbrain-js-api-guide/',
    html: `<script type="text/javascript" async="async" src="https://widgets.outbrain.com/outbrain.js"></script>
<script>
  var request_data = { permalink: "https://kocherkompass.example/outbrain-js-api/", widgetId: "JS_1", installationKey: "DEMOP1MN24J3E1MGLQ92067LH" };
  window.addEventListener('load', function () { if (window.OBR) OBR.extern.callRecs(request_data, function (json) { console.log(json); }); });
</script>`,
  },
  {
    id: 'youtube-thumbnail',
    vendor: 'YouTube video thumbnail (i.ytimg.com, loading=lazy) linking to the video',
    kinds: ['image'],
    service: 'youtube',
    source: 'https://developers.google.com/youtube/v3/docs/thumbnails',
    html: `<a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"><img src="https://i.ytimg.com/vi/aqz-KE-bpKQ/hqdefault.jpg" srcset="https://i.ytimg.com/vi/aqz-KE-bpKQ/mqdefault.jpg 320w, https://i.ytimg.com/vi/aqz-KE-bpKQ/hqdefault.jpg 480w" sizes="(max-width: 480px) 320px, 480px" loading="lazy" width="480" height="360" alt="Big Buck Bunny"></a>`,
  },
  {
    id: 'youtube-srcdoc-facade',
    vendor: 'YouTube facade in an iframe srcdoc (a thumbnail page inside the iframe until clicked)',
    kinds: ['iframe', 'srcdoc', 'image'],
    service: 'youtube',
    source: 'https://paulrobertlloyd.com/2023/098/a1/embedding/',
    html: `<iframe width="560" height="315" src="https://www.youtube.com/embed/aqz-KE-bpKQ" srcdoc="<style>*{padding:0;margin:0;overflow:hidden}html,body{height:100%}img{position:absolute;width:100%;top:0;bottom:0;margin:auto}</style><a href=https://www.youtube.com/embed/aqz-KE-bpKQ?autoplay=1><img src=https://i.ytimg.com/vi/aqz-KE-bpKQ/hqdefault.jpg alt='Big Buck Bunny'></a>" frameborder="0" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen title="Big Buck Bunny" loading="lazy"></iframe>`,
  },
  {
    id: 'youtube-iframe-api',
    vendor: 'YouTube IFrame Player API (script tag built at runtime, player in a div)',
    kinds: ['loader', 'iframe'],
    service: 'youtube',
    source: 'https://developers.google.com/youtube/iframe_api_reference',
    html: `<div id="player"></div>
<script>
  var tag = document.createElement('script');
  tag.src = "https://www.youtube.com/iframe_api";
  var firstScriptTag = document.getElementsByTagName('script')[0];
  firstScriptTag.parentNode.insertBefore(tag, firstScriptTag);
  var player;
  function onYouTubeIframeAPIReady() {
    player = new YT.Player('player', { height: '390', width: '640', videoId: 'aqz-KE-bpKQ' });
  }
</script>`,
  },
  {
    id: 'lite-youtube-poster',
    vendor: 'lite-youtube-embed from jsDelivr with a custom poster in style="background-image: url(…)"',
    kinds: ['script', 'css', 'custom-element', 'image'],
    service: 'youtube',
    source: 'https://github.com/paulirish/lite-youtube-embed',
    html: `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/lite-youtube-embed@0.3.3/src/lite-yt-embed.css">
<script src="https://cdn.jsdelivr.net/npm/lite-youtube-embed@0.3.3/src/lite-yt-embed.js"></script>
<lite-youtube videoid="ogfYd705cRs" style="background-image: url('https://i.ytimg.com/vi/ogfYd705cRs/hqdefault.jpg');"></lite-youtube>`,
  },
  {
    id: 'plausible-pa-script',
    vendor: 'Plausible Analytics (2025 snippet: per-site pa-… script + plausible.init())',
    kinds: ['script'],
    service: 'plausible',
    source: 'https://plausible.io/docs/plausible-script',
    theme: true,
    // Since Plausible waits for consent (docs/consent.md, "Cookieless measurement"), its plausible.init()
    // beside the loader is the loader's snippet and waits with it, in a post too: no longer refused.
    html: `<!-- Privacy-friendly analytics by Plausible -->
<script async src="https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js"></script>
<script>
  window.plausible=window.plausible||function(){(plausible.q=plausible.q||[]).push(arguments)},plausible.init=plausible.init||function(i){plausible.o=i||{}};
  plausible.init()
</script>`,
  },
  {
    id: 'tally-popup',
    vendor: 'Tally (popup opened by a button with data-tally-open)',
    kinds: ['script'],
    service: 'tally',
    source: 'https://developers.tally.so/widgets/introduction',
    html: `<script async src="https://tally.so/widgets/embed.js"></script>
<button data-tally-open="mRoDv3" data-tally-emoji-text="👋" data-tally-emoji-animation="wave">Newsletter abonnieren</button>`,
  },
]
