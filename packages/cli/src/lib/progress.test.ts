import { expect, test } from 'vitest'
import { terminalProgress } from './progress.js'

test('no progress line where stderr is not a terminal (pipes, CI logs)', () => {
  expect(terminalProgress({ isTTY: false, write: () => true })).toBeUndefined()
  expect(terminalProgress({ write: () => true })).toBeUndefined()
})

test('a bar per phase, redrawn at most every 80 ms but always at the end, then cleared', () => {
  const written: string[] = []
  let clock = 0
  const progress = terminalProgress({ isTTY: true, write: (text: string) => written.push(text) }, () => clock)!
  progress.update('suggest', 0, 4)
  clock += 10
  progress.update('suggest', 1, 4)
  clock += 100
  progress.update('suggest', 2, 4)
  clock += 1
  progress.update('suggest', 4, 4)
  progress.clear()
  expect(written).toEqual([
    '\r\x1b[Ksuggest [........................] 0/4',
    '\r\x1b[Ksuggest [############............] 2/4',
    '\r\x1b[Ksuggest [########################] 4/4',
    '\r\x1b[K',
  ])
})
