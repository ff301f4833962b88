import { execFileSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { shellQuote } from './shell-quote.js'

test.each([
  { path: 'my-blog', expected: 'my-blog' },
  { path: 'Blög/über', expected: 'Blög/über' },
  { path: 'Mein Blog', expected: "'Mein Blog'" },
  { path: "Eva's Blog", expected: "'Eva'\\''s Blog'" },
  { path: 'a$b', expected: "'a$b'" },
])('$path → $expected', ({ path, expected }) => {
  expect(shellQuote(path, 'linux')).toBe(expected)
})

test('cmd and PowerShell get double quotes', () => {
  expect(shellQuote('Mein Blog', 'win32')).toBe('"Mein Blog"')
})

test.each(['Mein Blög', "Eva's $HOME `x` Blog", 'a;b&c|d'])('sh reads %j back as one word', (path) => {
  expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(path, 'linux')}`], { encoding: 'utf8' })).toBe(path)
})
