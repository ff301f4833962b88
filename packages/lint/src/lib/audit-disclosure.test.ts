import { describe, expect, test } from 'vitest'
import { hasDisclosure } from './audit-documents.js'

describe('hasDisclosure', () => {
  test.each([
    'Hinweis: Dieser Artikel enthält Affiliate-Links.',
    'Werbung | Mit * markierte Links sind Partnerlinks.',
    'This post contains affiliate links; we earn a commission.',
    'Sponsored post.',
    'Dieser Beitrag ist nicht gesponsert, enthält aber Affiliate-Links.',
    'Keine bezahlte Kooperation, aber Werbung durch Markennennung.',
  ])('%s is a disclosure', (text) => {
    expect(hasDisclosure(text)).toBe(true)
  })
  test.each([
    'Unser Blog ist ganz ohne Werbung.',
    'Wir setzen keine Affiliate-Links ein.',
    'We have no sponsored content.',
    'This review is not sponsored.',
    'Ein werbefreier Blog – werbefrei seit 2015.',
    'Our site is ad-free and without advertising.',
    'Wir verdienen nie eine Provision.',
    'Kochen im Van mit Gas und Spiritus.',
  ])('%s is no disclosure', (text) => {
    expect(hasDisclosure(text)).toBe(false)
  })
})
