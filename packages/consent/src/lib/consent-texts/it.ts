import type { ConsentLanguagePack } from '../texts.js'

/**
 * Italian, written for nichepress (tu, as most Italian sites address readers). Garante per la
 * protezione dei dati personali, "Linee guida cookie e altri strumenti di tracciamento", 10 giugno 2021
 * (provvedimento n. 231, G.U. n. 163 del 9 luglio 2021): commands to accept and to refuse, a link to
 * choose by purpose, no scrolling as consent, no pre-ticked boxes.
 */
export const it = {
  texts: {
    bannerTitle: 'Impostazioni sulla privacy',
    bannerText:
      'Vorremmo utilizzare servizi di statistica e di marketing e contenuti esterni. Salvano dati sul tuo dispositivo e li inviano ai rispettivi fornitori, in parte in paesi terzi come gli Stati Uniti. Solo con il tuo consenso, che puoi revocare in qualsiasi momento da «Impostazioni cookie» in fondo alla pagina.',
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    settings: 'Personalizza',
    dialogTitle: 'Impostazioni cookie',
    dialogText: 'Scegli quali servizi consentire. Nulla è preselezionato; puoi modificare la tua scelta in qualsiasi momento.',
    save: 'Salva la scelta',
    close: 'Chiudi',
    gpcNote: 'Il tuo browser invia il segnale «Global Privacy Control»: il marketing resta disattivato finché non lo attivi espressamente qui.',
    categories: {
      necessary: { label: 'Necessari', description: 'Salvano la tua decisione; per questo non serve il consenso.' },
      statistics: { label: 'Statistica', description: 'Ci aiuta a capire quali contenuti vengono letti.' },
      marketing: { label: 'Marketing', description: 'Misura la pubblicità e crea gruppi di destinatari; moduli di iscrizione alla newsletter.' },
      'external-media': { label: 'Contenuti esterni', description: 'Video, mappe e post di altri fornitori.' },
    },
    alwaysActive: 'Sempre attivi',
    placeholderTitle: 'Contenuto di {service}',
    placeholderText: 'Qui è incorporato un contenuto di {service} ({provider}). Caricandolo, il tuo browser invia dati al fornitore, ad esempio il tuo indirizzo IP.',
    placeholderLoad: 'Carica il contenuto di {service}',
    placeholderAlways: 'Consenti sempre {service}',
    placeholderOpen: 'Apri su {service}',
    privacyLink: 'Informativa sulla privacy',
    imprintLink: 'Note legali',
    bannerPrivacyLink: 'Privacy',
    footerLink: 'Impostazioni cookie',
  },
  bannerLead: 'Vorremmo utilizzare {list}.',
  categoryWords: { statistics: 'servizi di statistica', marketing: 'servizi di marketing', 'external-media': 'contenuti esterni' },
  and: ' e ',
} as const satisfies ConsentLanguagePack
