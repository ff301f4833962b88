import { type Context, type Emitter, type Liquid, type Parser, Tag, type TagToken, type Template, TokenKind, type TopLevelToken } from 'liquidjs'
import { embedProviders } from '../embed-providers.js'

/** Opens and closes a Jekyll tag's own text in what `renderLiquid` prints, for the importer to convert. */
export const jekyllTagStart = '\uE000'
export const jekyllTagEnd = '\uE001'

// Jekyll's own tags and those of common plugins the importer converts itself.
const importerTags = ['post_url', 'link', 'include_relative', 'gist', 'seo', ...embedProviders.map((provider) => provider.id)]

/**
 * Registers the Jekyll tags in `source` that liquidjs lacks so that they print their own text
 * (with their block's content run, for `highlight`). Returns the first tag of the site's plugins
 * it finds: what Ruby code printed cannot be run here.
 */
export function registerJekyllTags(engine: Liquid, source: string, pluginTags: ReadonlySet<string>): string | undefined {
  const names = new Set([...importerTags, 'highlight', ...[...source.matchAll(/\{%-?\s*([A-Za-z_][\w-]*)/g)].map((match) => match[1] ?? '')])
  for (const name of names) {
    if (pluginTags.has(name)) return name
    if (name in engine.tags || /^end/.test(name)) continue
    engine.registerTag(name, name === 'highlight' ? HighlightTag : OwnTextTag)
  }
  return undefined
}

class OwnTextTag extends Tag {
  private readonly text: string
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid)
    this.text = token.getText()
  }
  render(_context: Context, emitter: Emitter): void {
    emitter.write(`${jekyllTagStart}${this.text}${jekyllTagEnd}`)
  }
}

// Jekyll runs the Liquid inside `{% highlight %}` before highlighting it.
class HighlightTag extends Tag {
  private readonly opening: string
  private readonly templates: Template[] = []
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid)
    this.opening = token.getText()
    while (remainTokens.length > 0) {
      const next = remainTokens.shift()!
      if (next.kind === TokenKind.Tag && (next as TagToken).name === 'endhighlight') return
      this.templates.push(parser.parseToken(next, remainTokens))
    }
    throw new Error(`${this.opening} is not closed`)
  }
  *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    emitter.write(`${jekyllTagStart}${this.opening}`)
    yield this.liquid.renderer.renderTemplates(this.templates, context, emitter)
    emitter.write(`{% endhighlight %}${jekyllTagEnd}`)
  }
}
