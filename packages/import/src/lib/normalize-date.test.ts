import { expect, test } from 'vitest'
import { normalizeDate } from './normalize-date.js'

test.each([
  { input: '2024-03-16', zone: 'UTC', value: '2024-03-16', wasImpossible: false, addedZone: false },
  { input: '2017-09-31', zone: 'UTC', value: '2017-09-30', wasImpossible: true, addedZone: false },
  { input: '2017-09-31 04:00:00', zone: 'Europe/Berlin', value: '2017-09-30T04:00:00+02:00', wasImpossible: true, addedZone: true },
  { input: '2011-04-22 16:29', zone: 'Europe/Berlin', value: '2011-04-22T16:29:00+02:00', wasImpossible: false, addedZone: true },
  { input: '2011-01-22 16:29', zone: 'Europe/Berlin', value: '2011-01-22T16:29:00+01:00', wasImpossible: false, addedZone: true },
  { input: '2010-05-01 12:00:00 +0200', zone: 'UTC', value: '2010-05-01T12:00:00+02:00', wasImpossible: false, addedZone: false },
  { input: '2024-05-03T10:00:00Z', zone: 'Europe/Berlin', value: '2024-05-03T10:00:00+00:00', wasImpossible: false, addedZone: false },
  { input: '2024-2-3', zone: 'UTC', value: '2024-02-03', wasImpossible: false, addedZone: false },
])('$input in $zone → $value', ({ input, zone, value, wasImpossible, addedZone }) => {
  expect(normalizeDate(input, zone)).toEqual({ value, wasImpossible, addedZone })
})

test('rejects values that are no date', () => {
  expect(normalizeDate('yesterday', 'UTC')).toBeUndefined()
  expect(normalizeDate('2024-13-01', 'UTC')).toBeUndefined()
  expect(normalizeDate(42, 'UTC')).toBeUndefined()
})
