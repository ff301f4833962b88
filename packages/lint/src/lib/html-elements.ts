import { load } from 'cheerio'

/** An element found in an HTML fragment, with where its start tag begins. */
export interface HtmlElement {
  tag: string
  attributes: Readonly<Record<string, string>>
  line: number
  column: number
  /** 0-based offset of `<` in the scanned text (undefined when it cannot be mapped to the file). */
  offset: number | undefined
  /** Offsets of each attribute (`name="value"`) in the scanned text. */
  attributeRanges: Readonly<Record<string, { start: number; end: number }>>
  /** Text content (for `<style>` and inline `<script>`). */
  text: string
}

// The parse5 element shape cheerio hands out (domhandler is not a direct dependency).
interface LocatedElement {
  tagName: string
  attribs: Record<string, string>
  sourceCodeLocation?: {
    startLine: number
    startCol: number
    startOffset: number
    attrs?: Record<string, { startOffset: number; endOffset: number }>
  } | null
}

/** Tags the rules look at. */
const interestingTags = 'a, img, script, iframe, link, style, source, video, audio, object, embed'

/**
 * Parses an HTML fragment (parse5 through cheerio, with source locations) and lists the elements
 * rules care about, positioned relative to the fragment: line and column 1-based, offsets 0-based.
 */
export function scanHtml(html: string): HtmlElement[] {
  if (!html.includes('<')) return []
  const $ = load(html, { sourceCodeLocationInfo: true }, false)
  const found: HtmlElement[] = []
  $(interestingTags).each((_index, node) => {
    const element = node as unknown as LocatedElement
    const location = element.sourceCodeLocation
    if (!location) return
    const attributeRanges: Record<string, { start: number; end: number }> = {}
    for (const [name, range] of Object.entries(location.attrs ?? {})) attributeRanges[name] = { start: range.startOffset, end: range.endOffset }
    found.push({
      tag: element.tagName,
      attributes: element.attribs,
      line: location.startLine,
      column: location.startCol,
      offset: location.startOffset,
      attributeRanges,
      text: element.tagName === 'style' || element.tagName === 'script' ? $(node).text() : '',
    })
  })
  return found
}

/** True for an `<img>` that is a tracking pixel: at most 1×1, or hidden. */
export function isPixelLike(attributes: Readonly<Record<string, string>>): boolean {
  const width = Number(attributes['width'] ?? NaN)
  const height = Number(attributes['height'] ?? NaN)
  const style = (attributes['style'] ?? '').replace(/\s/g, '').toLowerCase()
  return (width <= 1 && height <= 1) || style.includes('display:none') || 'hidden' in attributes
}
