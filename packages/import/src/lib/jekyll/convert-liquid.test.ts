import { expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { convertLiquid } from './convert-liquid.js'

function convert(body: string) {
  const reporter = new Reporter()
  const markdown = convertLiquid(body, { file: 'p.md', bodyLine: 5, reporter, siteUrl: 'https://example.org', baseUrl: '' })
  return { markdown, items: reporter.items }
}

test.each([
  { tag: '{% youtube E9ltTJFJue0 560 315 %}', src: 'https://www.youtube.com/embed/E9ltTJFJue0' },
  { tag: '{% youtube pmvkwoiFwHc?t=85& %}', src: 'https://www.youtube.com/embed/pmvkwoiFwHc?start=85' },
  { tag: '{% vimeo 55933806 600 337 %}', src: 'https://player.vimeo.com/video/55933806' },
  { tag: '{% soundcloud 223063085 100% 166 %}', src: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F223063085' },
  { tag: '{% include youtube.html id="dQw4w9WgXcQ" %}', src: 'https://www.youtube.com/embed/dQw4w9WgXcQ' },
])('$tag becomes an iframe', ({ tag, src }) => {
  const { markdown, items } = convert(`Text\n\n${tag}\n`)
  expect(markdown).toContain(`<iframe src="${src}"`)
  expect(markdown).not.toContain('{%')
  expect(items).toMatchObject([{ ruleId: 'import-embed-converted', line: 7, original: tag }])
})

test('other tags stay and are reported; raw blocks and highlight are converted', () => {
  const { markdown, items } = convert('{% include note.html %}\n{% raw %}{{ x }}{% endraw %}\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n[Home]({{ site.url }}/)\n')
  expect(markdown).toBe('{% include note.html %}\n{{ x }}\n```ruby\nputs 1\n```\n[Home](https://example.org/)\n')
  expect(items.map((item) => item.ruleId).sort()).toEqual(['import-shortcode-converted', 'import-shortcode-converted', 'import-shortcode-kept', 'import-template-output'])
})

test('post_url becomes a source reference', () => {
  expect(convert('[a]({% post_url 2010-05-01-gruendung %})').markdown).toBe('[a](nichepress-import-source:2010-05-01-gruendung)')
})

test('an output that depends on the site only is its value; anything else stays and is reported', () => {
  const variables: Record<string, unknown> = { repository: 'https://github.com/o/r', data: { ruby: { min_version: '2.7.0' } }, nav: ['a'], version: 4.4 }
  const siteVariable = (path: readonly string[]) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], variables)
  const run = (body: string, baseUrl = '') => {
    const reporter = new Reporter()
    return { markdown: convertLiquid(body, { file: 'p.md', bodyLine: 1, reporter, siteUrl: 'https://example.org', baseUrl, siteVariable }), items: reporter.items }
  }
  expect(run('[issues]({{ site.repository }}/issues) Ruby {{ site.data.ruby.min_version }}+, v{{site.version}}').markdown).toBe('[issues](https://github.com/o/r/issues) Ruby 2.7.0+, v4.4')
  expect(run("[a]({{ '/docs/x/' | relative_url }}) [b]({{ \"docs/y/\" | relative_url }}) [c]({{ '/z/' | absolute_url }})", '/blog/').markdown).toBe('[a](/blog/docs/x/) [b](/blog/docs/y/) [c](https://example.org/blog/z/)')
  expect(run("{{ '/img/a.png' | prepend: site.baseurl }} {{ 'https://cdn.example/x' | relative_url }}", '/b').markdown).toBe('/b/img/a.png https://cdn.example/x')
  // Not the site's: a page or loop variable, a list, an unknown filter, a variable the site lacks.
  const kept = run("{{ page.title }} {{ site.nav }} {{ '/x/' | upcase }} {{ site.missing }} {{ site.repository | split: '/' }}")
  expect(kept.markdown).toBe("{{ page.title }} {{ site.nav }} {{ '/x/' | upcase }} {{ site.missing }} {{ site.repository | split: '/' }}")
  expect(kept.items.map((item) => item.ruleId)).toEqual(Array(5).fill('import-shortcode-kept'))
})

test('a gist embed becomes a link to the gist (it ran a script from GitHub before consent)', () => {
  const { markdown, items } = convert('Before\n\n{% gist 5605721 %}\n\n{% gist netzfisch/5605792 spec.rb %}\n\n{% gist not-an-id %}\n')
  expect(markdown).toBe('Before\n\n[gist.github.com/5605721](https://gist.github.com/5605721)\n\n[gist.github.com/netzfisch/5605792 (spec.rb)](https://gist.github.com/netzfisch/5605792)\n\n{% gist not-an-id %}\n')
  expect(items.map((item) => item.ruleId)).toEqual(['import-shortcode-converted', 'import-shortcode-converted', 'import-shortcode-kept'])
})
