import type { Element } from 'hast'
import { h } from 'hastscript'
import { section } from './hast-helpers.js'

// Switzerland: the revised DSG (SR 235.1, in force since 1 September 2023) decides; the GDPR applies
// beside it where its Art. 3(2) reaches the operator (offering to or monitoring people in the EU).
// Art. 19 Abs. 4 DSG: data abroad names the state and the safeguards of Art. 16 Abs. 2 or the
// exception of Art. 17; the states of the EU and EEA are adequate under Anhang 1 DSV (Art. 16 Abs. 1).
// The EDÖB's recognition of the EU standard contractual clauses (27 August 2021): sources in jurisdictions.ts.

const paragraphs = {
  de: [
    'Diese Datenschutzerklärung informiert nach Art. 19 des Bundesgesetzes über den Datenschutz (DSG), in Kraft seit 1. September 2023. Soweit die Datenschutz-Grundverordnung der EU (DSGVO) nach ihrem Art. 3 Abs. 2 anwendbar ist, etwa weil wir Personen in der EU Leistungen anbieten oder ihr Verhalten auf dieser Website auswerten, gilt sie zusätzlich; dafür nennen die folgenden Abschnitte die Rechtsgrundlagen der DSGVO.',
    'Bekanntgabe ins Ausland (Art. 19 Abs. 4 DSG): Jeder Abschnitt nennt den Empfänger und dessen Land. Die Staaten der EU und des EWR gewährleisten einen angemessenen Datenschutz (Art. 16 Abs. 1 DSG, Anhang 1 der Datenschutzverordnung), die USA seit 15. September 2024 für Unternehmen, die nach dem Swiss-U.S. Data Privacy Framework zertifiziert sind. Für andere Staaten nennt der Abschnitt die Garantien (Art. 16 Abs. 2 DSG) oder die Ausnahme (Art. 17 DSG), soweit der Empfänger sie angibt; sonst stehen sie in dessen Datenschutzerklärung. Die Standardvertragsklauseln der EU-Kommission sind eine solche Garantie: Der EDÖB hat sie am 27. August 2021 anerkannt, sofern sie an das Schweizer Recht angepasst werden (Art. 16 Abs. 2 lit. d DSG).',
    'Cookies und ähnliche Techniken: Art. 45c lit. b des Fernmeldegesetzes (FMG) erlaubt das Bearbeiten von Daten auf Ihrem Gerät, wenn wir Sie über die Bearbeitung und ihren Zweck informieren und darauf hinweisen, dass Sie sie ablehnen können. Diese Website fragt für alles, was nicht notwendig ist, vorher nach Ihrer Einwilligung.',
  ],
  en: [
    'This privacy policy informs you under Art. 19 of the Swiss Federal Act on Data Protection (DSG), in force since 1 September 2023. Where the EU General Data Protection Regulation (GDPR) applies under its Art. 3(2), for instance because we offer services to people in the EU or analyse their behaviour on this website, it applies as well; for that case the sections below name the GDPR’s legal bases.',
    'Disclosure abroad (Art. 19(4) DSG): each section names the recipient and its country. The states of the EU and the EEA provide adequate data protection (Art. 16(1) DSG, Annex 1 of the Data Protection Ordinance), and since 15 September 2024 the US for companies certified under the Swiss-U.S. Data Privacy Framework. For other states the section names the safeguards (Art. 16(2) DSG) or the exception (Art. 17 DSG) where the recipient states them; otherwise they are in its privacy policy. The European Commission’s standard contractual clauses are such a safeguard: the FDPIC (EDÖB) recognised them on 27 August 2021, provided they are adapted to Swiss law (Art. 16(2)(d) DSG).',
    'Cookies and similar techniques: Art. 45c(b) of the Swiss Telecommunications Act (FMG) allows processing data on your device if we inform you of the processing and its purpose and that you can refuse it. This website asks for your consent first for everything that is not necessary.',
  ],
} as const

/** The Swiss privacy policy's section on the law it follows, with the stable id `applicable-law`. */
export function applicableLawSection(lang: 'de' | 'en'): Element {
  return section('applicable-law', lang === 'de' ? 'Anwendbares Recht' : 'Applicable law', paragraphs[lang].map((text) => h('p', text)))
}
