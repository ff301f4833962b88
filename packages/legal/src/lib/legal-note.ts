import type { Element } from 'hast'
import { h } from 'hastscript'
import { formatDate } from '@nichepress/core'
import { jurisdictionOf } from './jurisdiction-of.js'
import { legalPageLanguage } from './jurisdictions.js'
import type { LegalConfig } from './legal-config-schema.js'

const texts = {
  de: {
    label: 'Hinweis',
    text: 'Diese Seite ist eine Vorlage, die nichepress aus der Konfiguration dieser Website erzeugt hat. Sie ist keine Rechtsberatung; der Betreiber ist für Richtigkeit und Vollständigkeit verantwortlich.',
    updated: 'Stand der Angaben:',
  },
  en: {
    label: 'Note',
    text: 'This page is a template that nichepress generated from this site’s configuration. It is not legal advice; the operator is responsible for its accuracy and completeness.',
    updated: 'Facts as of',
  },
} as const

/**
 * The honesty note on every legal page: a generated template, not legal advice, and the config's
 * date (`legal.updated`) in the country's written German ("Jänner" in Austria).
 */
export function legalNote(config: LegalConfig & { updated: string }, lang: 'de' | 'en'): Element {
  const text = texts[lang]
  const updated = config.updated
  return h('aside', { className: ['np-legal-note'] }, [
    h('p', [h('strong', `${text.label}: `), text.text, ' ', text.updated, ' ', h('time', { dateTime: updated }, formatDate(updated, lang, legalPageLanguage(jurisdictionOf(config), lang))), '.']),
  ])
}
