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
  fr: {
    label: 'Remarque',
    text: 'Cette page est un modèle que nichepress a généré à partir de la configuration de ce site. Elle ne constitue pas un conseil juridique; l’exploitant répond de son exactitude et de son exhaustivité.',
    updated: 'Informations à jour au',
  },
  it: {
    label: 'Nota',
    text: 'Questa pagina è un modello che nichepress ha generato dalla configurazione di questo sito. Non costituisce una consulenza legale; il gestore risponde della sua correttezza e completezza.',
    updated: 'Dati aggiornati al',
  },
} as const

/**
 * The honesty note on every legal page: a generated template, not legal advice, and the config's
 * date (`legal.updated`) in the country's written German ("Jänner" in Austria).
 */
export function legalNote(config: LegalConfig & { updated: string }, lang: keyof typeof texts): Element {
  const text = texts[lang]
  const updated = config.updated
  // Core formats German and English (its text languages); French and Italian pages are Switzerland's.
  const display = lang === 'de' || lang === 'en' ? formatDate(updated, lang, legalPageLanguage(jurisdictionOf(config), lang)) : swissDate(updated, lang)
  return h('aside', { className: ['np-legal-note'] }, [
    h('p', [h('strong', `${text.label}: `), text.text, ' ', text.updated, ' ', h('time', { dateTime: updated }, display), '.']),
  ])
}

function swissDate(isoDate: string, lang: 'fr' | 'it'): string {
  return new Intl.DateTimeFormat(`${lang}-CH`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}
