import { expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { convertHugoShortcodes } from './convert-hugo-shortcodes.js'

function convert(body: string) {
  const reporter = new Reporter()
  return { markdown: convertHugoShortcodes(body, { file: 'content/posts/a.md', bodyLine: 5, reporter }), items: reporter.items.map((item) => `${item.ruleId}:${item.line}`) }
}

test('highlight becomes a fenced code block: its HTML is code, not part of the page', () => {
  const { markdown, items } = convert('Intro\n\n{{< highlight html "linenos=table" >}}\n\n<!doctype html>\n<meta charset="utf-8">\n{{< /highlight >}}\n')
  expect(markdown).toBe('Intro\n\n```html\n<!doctype html>\n<meta charset="utf-8">\n```\n')
  expect(items).toEqual(['import-shortcode-converted:7'])
})

test("an inline shortcode is template code only Hugo ran: removed and reported", () => {
  const { markdown, items } = convert('Math:\n{{< math.inline >}}\n{{ if .Page.Params.math }}<script defer src="https://cdn.example/katex.js" onload="render()"></script>{{ end }}\n{{</ math.inline >}}\nDone.')
  expect(markdown).toBe('Math:\n\nDone.')
  expect(items).toEqual(['import-shortcode-dropped:6'])
})
