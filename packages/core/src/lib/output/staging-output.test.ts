import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openStagingOutput } from './staging-output.js'

let parent: string
let outDir: string
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'np-staging-'))
  outDir = join(parent, 'public')
  mkdirSync(join(outDir, 'post'), { recursive: true })
  writeFileSync(join(outDir, 'post/index.html'), 'old post')
  writeFileSync(join(outDir, 'gone.html'), 'gone')
})
afterEach(() => rmSync(parent, { recursive: true, force: true }))

test('commit swaps the new files in; linked files keep their inode and bytes', async () => {
  const staging = await openStagingOutput(outDir)
  const inode = statSync(join(outDir, 'post/index.html')).ino
  expect(await staging.link('post/index.html', join(outDir, 'post/index.html'))).toBe(true)
  expect(await staging.link('missing.html', join(outDir, 'missing.html'))).toBe(false)
  await staging.write('new/index.html', 'new page')
  await staging.commit()
  expect(readFileSync(join(outDir, 'post/index.html'), 'utf8')).toBe('old post')
  expect(statSync(join(outDir, 'post/index.html')).ino).toBe(inode)
  expect(readFileSync(join(outDir, 'new/index.html'), 'utf8')).toBe('new page')
  expect(readdirSync(outDir).sort()).toEqual(['.nichepress-output', 'new', 'post'])
  expect(readdirSync(parent)).toEqual(['public'])
})

test('writing over a linked path replaces it in order and never writes through into the previous output', async () => {
  // Another name for the previous output's file, to see its bytes after the swap.
  linkSync(join(outDir, 'post/index.html'), join(parent, 'witness.html'))
  const staging = await openStagingOutput(outDir)
  await staging.link('post/index.html', join(outDir, 'post/index.html'))
  await staging.write('post/index.html', 'plugin file')
  await staging.commit()
  expect(readFileSync(join(outDir, 'post/index.html'), 'utf8')).toBe('plugin file')
  expect(readFileSync(join(parent, 'witness.html'), 'utf8')).toBe('old post')
})

test('abort leaves the previous output as it was', async () => {
  const staging = await openStagingOutput(outDir)
  await staging.link('post/index.html', join(outDir, 'post/index.html'))
  await staging.write('post/index.html', 'plugin file')
  await staging.write('gone.html', 'replaced')
  await staging.abort()
  expect(readFileSync(join(outDir, 'post/index.html'), 'utf8')).toBe('old post')
  expect(readFileSync(join(outDir, 'gone.html'), 'utf8')).toBe('gone')
  expect(readdirSync(parent)).toEqual(['public'])
})

test('a failed write fails the commit and the previous output stays', async () => {
  const staging = await openStagingOutput(outDir)
  await staging.copy('copied.txt', join(parent, 'does-not-exist.txt'))
  await expect(staging.commit()).rejects.toThrow(/ENOENT/)
  expect(readFileSync(join(outDir, 'gone.html'), 'utf8')).toBe('gone')
  expect(readdirSync(parent)).toEqual(['public'])
})
