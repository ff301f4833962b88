import { expect, test } from 'vitest'
import { serializeJsonLd } from './serialize-json-ld.js'

test('no content can close the script element, and the value parses back unchanged', () => {
  const value = { headline: `</script><script>alert("x")</script> & <!-- \u2028\u2029 'q'` }
  const json = serializeJsonLd(value)
  expect(json).not.toMatch(/[<>&\u2028\u2029]/)
  expect(json).toContain('\\u003c/script\\u003e')
  expect(JSON.parse(json)).toEqual(value)
})
