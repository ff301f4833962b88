import type { Element } from 'hast'

// "DOM clobbering" (https://portswigger.net/web-security/dom-based/dom-clobbering, HTML standard
// §7.2.2.3 "Named access on the Window object" and §3.1.6 "DOM tree accessors": Document's named
// properties): an element of a post becomes a property of `document` or `window` that the page's
// scripts read instead of the real one.

// Every property of `document`: Document's named properties override all of them
// ([LegacyOverrideBuiltIns]), so `<img name="addEventListener">` breaks `document.addEventListener`.
// Read from Chromium 156 (Debian): Object.getOwnPropertyNames along document's prototype chain.
const documentPropertyNames = new Set([
  'ATTRIBUTE_NODE', 'CDATA_SECTION_NODE', 'COMMENT_NODE', 'DOCUMENT_FRAGMENT_NODE', 'DOCUMENT_NODE',
  'DOCUMENT_POSITION_CONTAINED_BY', 'DOCUMENT_POSITION_CONTAINS', 'DOCUMENT_POSITION_DISCONNECTED',
  'DOCUMENT_POSITION_FOLLOWING', 'DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC', 'DOCUMENT_POSITION_PRECEDING',
  'DOCUMENT_TYPE_NODE', 'ELEMENT_NODE', 'ENTITY_NODE', 'ENTITY_REFERENCE_NODE', 'NOTATION_NODE',
  'PROCESSING_INSTRUCTION_NODE', 'TEXT_NODE', 'URL', '__defineGetter__', '__defineSetter__', '__lookupGetter__',
  '__lookupSetter__', '__proto__', 'activeElement', 'activeViewTransition', 'addEventListener', 'adoptNode',
  'adoptedStyleSheets', 'alinkColor', 'all', 'anchors', 'append', 'appendChild', 'applets', 'ariaNotify', 'baseURI',
  'bgColor', 'body', 'captureEvents', 'caretPositionFromPoint', 'caretRangeFromPoint', 'characterSet', 'charset',
  'childElementCount', 'childNodes', 'children', 'clear', 'cloneNode', 'close', 'compareDocumentPosition',
  'compatMode', 'constructor', 'contains', 'contentType', 'cookie', 'createAttribute', 'createAttributeNS',
  'createCDATASection', 'createComment', 'createDocumentFragment', 'createElement', 'createElementNS', 'createEvent',
  'createExpression', 'createNSResolver', 'createNodeIterator', 'createProcessingInstruction', 'createRange',
  'createTextNode', 'createTreeWalker', 'currentScript', 'customElementRegistry', 'defaultView', 'designMode', 'dir',
  'dispatchEvent', 'doctype', 'documentElement', 'documentURI', 'domain', 'elementFromPoint', 'elementsFromPoint',
  'embeds', 'evaluate', 'execCommand', 'exitFullscreen', 'exitPictureInPicture', 'exitPointerLock', 'featurePolicy',
  'fgColor', 'firstChild', 'firstElementChild', 'fonts', 'forms', 'fragmentDirective', 'fullscreen',
  'fullscreenElement', 'fullscreenEnabled', 'getAnimations', 'getElementById', 'getElementsByClassName',
  'getElementsByName', 'getElementsByTagName', 'getElementsByTagNameNS', 'getRootNode', 'getSelection',
  'hasChildNodes', 'hasFocus', 'hasOwnProperty', 'hasStorageAccess', 'hasUnpartitionedCookieAccess', 'head', 'hidden',
  'images', 'implementation', 'importNode', 'inputEncoding', 'insertBefore', 'isConnected', 'isDefaultNamespace',
  'isEqualNode', 'isPrototypeOf', 'isSameNode', 'lastChild', 'lastElementChild', 'lastModified', 'linkColor', 'links',
  'location', 'lookupNamespaceURI', 'lookupPrefix', 'moveBefore', 'nextSibling', 'nodeName', 'nodeType', 'nodeValue',
  'normalize', 'onabort', 'onanimationcancel', 'onanimationend', 'onanimationiteration', 'onanimationstart',
  'onauxclick', 'onbeforecopy', 'onbeforecut', 'onbeforeinput', 'onbeforematch', 'onbeforepaste', 'onbeforetoggle',
  'onbeforexrselect', 'onblur', 'oncancel', 'oncanplay', 'oncanplaythrough', 'onchange', 'onclick', 'onclose',
  'oncommand', 'oncontentvisibilityautostatechange', 'oncontextlost', 'oncontextmenu', 'oncontextrestored', 'oncopy',
  'oncuechange', 'oncut', 'ondblclick', 'ondrag', 'ondragend', 'ondragenter', 'ondragleave', 'ondragover',
  'ondragstart', 'ondrop', 'ondurationchange', 'onemptied', 'onended', 'onerror', 'onfocus', 'onformdata', 'onfreeze',
  'onfullscreenchange', 'onfullscreenerror', 'ongotpointercapture', 'oninput', 'oninvalid', 'onkeydown', 'onkeypress',
  'onkeyup', 'onload', 'onloadeddata', 'onloadedmetadata', 'onloadstart', 'onlostpointercapture', 'onmousedown',
  'onmouseenter', 'onmouseleave', 'onmousemove', 'onmouseout', 'onmouseover', 'onmouseup', 'onmousewheel', 'onpaste',
  'onpause', 'onplay', 'onplaying', 'onpointercancel', 'onpointerdown', 'onpointerenter', 'onpointerleave',
  'onpointerlockchange', 'onpointerlockerror', 'onpointermove', 'onpointerout', 'onpointerover', 'onpointerup',
  'onprerenderingchange', 'onprogress', 'onratechange', 'onreadystatechange', 'onreset', 'onresize', 'onresume',
  'onscroll', 'onscrollend', 'onscrollsnapchange', 'onscrollsnapchanging', 'onsearch', 'onsecuritypolicyviolation',
  'onseeked', 'onseeking', 'onselect', 'onselectionchange', 'onselectstart', 'onslotchange', 'onstalled', 'onsubmit',
  'onsuspend', 'ontimeupdate', 'ontoggle', 'ontransitioncancel', 'ontransitionend', 'ontransitionrun',
  'ontransitionstart', 'onvisibilitychange', 'onvolumechange', 'onwaiting', 'onwebkitanimationend',
  'onwebkitanimationiteration', 'onwebkitanimationstart', 'onwebkitfullscreenchange', 'onwebkitfullscreenerror',
  'onwebkittransitionend', 'onwheel', 'open', 'ownerDocument', 'parentElement', 'parentNode',
  'pictureInPictureElement', 'pictureInPictureEnabled', 'plugins', 'pointerLockElement', 'prepend', 'prerendering',
  'previousSibling', 'propertyIsEnumerable', 'queryCommandEnabled', 'queryCommandIndeterm', 'queryCommandState',
  'queryCommandSupported', 'queryCommandValue', 'querySelector', 'querySelectorAll', 'readyState', 'referrer',
  'releaseEvents', 'removeChild', 'removeEventListener', 'replaceChild', 'replaceChildren', 'requestStorageAccess',
  'rootElement', 'scripts', 'scrollingElement', 'startViewTransition', 'styleSheets', 'textContent', 'timeline',
  'title', 'toLocaleString', 'toString', 'valueOf', 'visibilityState', 'vlinkColor', 'wasDiscarded',
  'webkitCancelFullScreen', 'webkitCurrentFullScreenElement', 'webkitExitFullscreen', 'webkitFullscreenElement',
  'webkitFullscreenEnabled', 'webkitHidden', 'webkitIsFullScreen', 'webkitVisibilityState', 'when', 'write', 'writeln',
  'xmlEncoding', 'xmlStandalone', 'xmlVersion',
])

// Window's named properties sit between Window.prototype and EventTarget.prototype: they shadow what
// EventTarget and Object give every window (same source), and every global a script of the page only
// defines later or reads with `window.X || default`.
const windowInheritedNames = new Set(['addEventListener', 'dispatchEvent', 'removeEventListener', 'when', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', '__proto__'])

// Globals the consent runtime and the vendors' own snippets read as `window.X || default` (an
// element there makes `X.push` throw or hands the snippet an attacker's URL). From the vendors' install
// snippets: Google tag https://developers.google.com/tag-platform/gtagjs/install (dataLayer, gtag),
// AdSense https://support.google.com/adsense/answer/9274019 (adsbygoogle), Matomo
// https://developer.matomo.org/guides/tracking-javascript-guide (_paq, _mtm), Plausible
// https://plausible.io/docs/custom-event-goals (plausible), Meta Pixel
// https://developers.facebook.com/docs/meta-pixel/get-started (fbq, _fbq), Pinterest
// https://help.pinterest.com/en/business/article/install-the-pinterest-tag (pintrk), LinkedIn
// https://www.linkedin.com/help/lms/answer/a418880 (_linkedin_data_partner_ids, lintrk), Microsoft UET
// https://help.ads.microsoft.com/apex/index/3/en/56686 (uetq), Microsoft Clarity
// https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup (clarity), TikTok
// https://ads.tiktok.com/help/article/get-started-pixel (ttq), X https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites (twq).
const scriptGlobals = new Set(['dataLayer', 'gtag', 'google_tag_manager', 'adsbygoogle', '_paq', '_mtm', 'plausible', 'fbq', '_fbq', 'pintrk', '_linkedin_data_partner_ids', 'lintrk', 'uetq', 'clarity', 'ttq', 'twq'])

// Elements whose `name` becomes a property of document and of window (an iframe's names its window);
// an `id` is one of window's on every element, and of document's on <object> and on a named <img>.
const namedElements = new Set(['embed', 'form', 'iframe', 'img', 'object'])

/** What an element's `id` or `name` would shadow for the page's scripts, or undefined. */
export function shadowedName(node: Element, attribute: 'id' | 'name', value: string): string | undefined {
  if (/^np-/i.test(value)) return "the site's own element of that id"
  const tag = node.tagName.toLowerCase()
  const hasName = typeof node.properties.name === 'string' && node.properties.name !== ''
  // Only these are named properties: `<input name="title">` in a form or `<a name="top">` shadow nothing.
  const onDocument = attribute === 'name' ? namedElements.has(tag) : tag === 'object' || (tag === 'img' && hasName)
  if (onDocument && documentPropertyNames.has(value)) return `document.${value}`
  const onWindow = attribute === 'id' || namedElements.has(tag)
  if (onWindow && (windowInheritedNames.has(value) || scriptGlobals.has(value))) return `window.${value}`
  return undefined
}
