import { describe, expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { convertLiquid, type LiquidFinding } from './convert-liquid.js'

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
  const run = (body: string, baseUrl = '') => {
    const reporter = new Reporter()
    return { markdown: convertLiquid(body, { file: 'p.md', bodyLine: 1, reporter, siteUrl: 'https://example.org', baseUrl, site: variables }), items: reporter.items }
  }
  expect(run('[issues]({{ site.repository }}/issues) Ruby {{ site.data.ruby.min_version }}+, v{{site.version}}').markdown).toBe('[issues](https://github.com/o/r/issues) Ruby 2.7.0+, v4.4')
  expect(run("[a]({{ '/docs/x/' | relative_url }}) [b]({{ \"docs/y/\" | relative_url }}) [c]({{ '/z/' | absolute_url }})", '/blog/').markdown).toBe('[a](/blog/docs/x/) [b](/blog/docs/y/) [c](https://example.org/blog/z/)')
  expect(run("{{ '/img/a.png' | prepend: site.baseurl }} {{ 'https://cdn.example/x' | relative_url }}", '/b').markdown).toBe('/b/img/a.png https://cdn.example/x')
  // Not the site's: a page or loop variable, a list, a plugin's filter, a variable the site lacks.
  const kept = run("{{ page.title }} {{ site.nav }} {{ '/x/' | asset_path }} {{ site.missing }} {{ site.repository | split: '/' }} {{ '/x/' | upcase }}")
  expect(kept.markdown).toBe("{{ page.title }} {{ site.nav }} {{ '/x/' | asset_path }} {{ site.missing }} {{ site.repository | split: '/' }} /X/")
  expect(kept.items.map((item) => item.ruleId)).toEqual([...Array(5).fill('import-shortcode-kept'), 'import-template-output'])
})

test('a gist embed becomes a link to the gist (it ran a script from GitHub before consent)', () => {
  const { markdown, items } = convert('Before\n\n{% gist 5605721 %}\n\n{% gist netzfisch/5605792 spec.rb %}\n\n{% gist not-an-id %}\n')
  expect(markdown).toBe('Before\n\n[gist.github.com/5605721](https://gist.github.com/5605721)\n\n[gist.github.com/netzfisch/5605792 (spec.rb)](https://gist.github.com/netzfisch/5605792)\n\n{% gist not-an-id %}\n')
  expect(items.map((item) => item.ruleId)).toEqual(['import-shortcode-converted', 'import-shortcode-converted', 'import-shortcode-kept'])
})

describe('a block that reads only the site, its data and the page runs at import', () => {
  const site = {
    title: 'Gemstone',
    data: {
      team: [
        { name: 'Jana Beispiel', role: 'Maintainer', since: '2019-03-01', bio: '**Founder**, writes <em>docs</em>' },
        { name: 'Ali Demir', role: 'Release manager', since: '2021-11-15' },
        { name: 'Chen Wei', role: 'Maintainer', since: '2020-06-30', twitter: 'chenwei' },
      ],
      downloads: { v3: [{ file: 'gemstone-3.3.0.tar.gz', size: '21 MB' }] },
      status: 'beta',
    },
  }
  const run = (body: string, pageData: Record<string, unknown> = { title: 'Team', url: '/team/' }, pluginTags = new Set<string>()) => {
    const reporter = new Reporter()
    const findings: LiquidFinding[] = []
    const markdown = convertLiquid(body, { file: 'team.md', bodyLine: 4, reporter, siteUrl: 'https://gemstone.example', baseUrl: '/site', site, pageData, findings, pluginTags })
    return { markdown, findings, items: reporter.items }
  }

  test.each([
    { body: '{% for m in site.data.team limit:2 %}{{ forloop.index }}. {{ m.name }}{% unless forloop.last %}, {% endunless %}{% endfor %}', expected: '1. Jana Beispiel, 2. Ali Demir' },
    { body: '{% for m in site.data.team offset:1 reversed %}{{ m.name | downcase }};{% endfor %}', expected: 'chen wei;ali demir;' },
    { body: "{% assign sorted = site.data.team | sort: 'name' %}{% for m in sorted %}{% if forloop.first %}First: {% endif %}{{ m.name | split: ' ' | first }} {% endfor %}", expected: 'First: Ali Chen Jana ' },
    { body: "{% for m in site.data.team %}{% if m.role == 'Maintainer' and m.twitter %}@{{ m.twitter }}{% elsif m.role == 'Maintainer' %}{{ m.name | upcase }}{% else %}-{% endif %} {% endfor %}", expected: 'JANA BEISPIEL - @chenwei ' },
    { body: "{% case site.data.status %}{% when 'stable' %}Stable{% when 'beta', 'alpha' %}Preview{% else %}?{% endcase %}", expected: 'Preview' },
    { body: "{% capture intro %}Our **{{ site.data.team | size }}** maintainers{% endcapture %}{{ intro | markdownify }}", expected: '<p>Our <strong>3</strong> maintainers</p>\n' },
    { body: "{% for m in site.data.team %}{% if m.bio %}{{ m.bio | strip_html | truncatewords: 2 }}{% endif %}{% endfor %}", expected: '**Founder**, writes...' },
    { body: "{% if site.data.team.size > 2 %}{{ site.data.team | map: 'name' | join: ' & ' | escape }}{% endif %}", expected: 'Jana Beispiel &amp; Ali Demir &amp; Chen Wei' },
    { body: "{% for m in site.data.team %}{% if forloop.index == 2 %}{{ m.since | date: '%-d %B %Y' }}{% endif %}{% endfor %}", expected: '15 November 2021' },
    { body: "{% for f in site.data.downloads.v3 %}[{{ f.file }}]({{ f.file | prepend: '/dl/' | relative_url }}) {{ f.size | default: '?' }} {{ f.sha | default: 'no checksum' }}{% endfor %}", expected: '[gemstone-3.3.0.tar.gz](/site/dl/gemstone-3.3.0.tar.gz) 21 MB no checksum' },
    { body: "{% assign makers = site.data.team | where: 'role', 'Maintainer' %}{% for m in makers %}<a id=\"{{ m.name | slugify }}\">{{ m.name | truncate: 6 }}</a>{% endfor %}", expected: '<a id="jana-beispiel">Jan...</a><a id="chen-wei">Che...</a>' },
  ])('$body', ({ body, expected }) => {
    const { markdown, findings, items } = run(body)
    expect(markdown).toBe(expected)
    expect(findings).toEqual([])
    expect(items.some((item) => item.ruleId === 'import-liquid-run' && item.line === 4)).toBe(true)
  })

  test("a variable assigned in a block is known after it; Jekyll's tags inside are converted; raw and comments run too", () => {
    const { markdown, findings } = run("{% for m in site.data.team %}{% if m.twitter %}{% assign social = m %}{% endif %}{% endfor %}{{ social.twitter }}\n{% if site.title %}{% comment %}x{% endcomment %}{% raw %}{{ kept }}{% endraw %} [post]({% post_url 2024-01-18-release %}){% endif %}\n{% if true %}{% highlight ruby %}\nputs '{{ site.title }}'\n{% endhighlight %}{% endif %}")
    expect(markdown).toBe("chenwei\n{{ kept }} [post](nichepress-import-source:2024-01-18-release)\n```ruby\nputs 'Gemstone'\n```")
    expect(findings).toEqual([])
  })

  test.each([
    { body: '{% for post in site.posts %}{{ post.title }}{% endfor %}', kind: 'lists-posts', reason: 'site.posts was only known to Jekyll' },
    { body: '{% for m in site.data.team %}{% translation_status %}{% endfor %}', kind: 'logic', reason: "{% translation_status %} is a tag of the site's plugins" },
    { body: '{% if page.comments %}Comments{% endif %}', kind: 'logic', reason: 'page.comments was only known to Jekyll' },
    { body: '{% if site.data.people %}x{% endif %}', kind: 'logic', reason: 'site.data.people was only known to Jekyll' },
    { body: "{% for m in site.data.team %}{{ m.name | asset_path }}{% endfor %}", kind: 'logic', reason: 'asset_path is not a filter of Jekyll (a plugin\'s?)' },
    { body: "{% capture year %}{{ 'now' | date: '%Y' }}{% endcapture %}", kind: 'logic', reason: '"now" | date was only known to Jekyll' },
  ])('$body stays, a finding with the reason', ({ body, kind, reason }) => {
    const { markdown, findings } = run(`Intro\n\n${body}\n`, { title: 'Team', url: '/team/' }, new Set(['translation_status']))
    expect(markdown).toContain(body.slice(0, 20))
    expect(findings[0]).toMatchObject({ kind, line: 6, column: 1, reason })
  })
})
