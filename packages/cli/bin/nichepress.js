#!/usr/bin/env node
import { main } from '../dist/main.js'

// `nichepress --help | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.exitCode = await main(process.argv.slice(2))
