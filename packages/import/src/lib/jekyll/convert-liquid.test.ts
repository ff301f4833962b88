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
