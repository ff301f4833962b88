import type { ConsentLanguagePack } from '../texts.js'

/** German: the texts of session 1, formal address ("Sie"). */
export const de = {
  texts: {
    bannerTitle: 'Datenschutz-Einstellungen',
    bannerText:
      'Wir möchten Statistik- und Marketingdienste sowie externe Medien nutzen. Sie speichern Daten auf Ihrem Gerät und senden Daten an die Anbieter, teils in Drittländer wie die USA. Nur mit Ihrer Einwilligung, jederzeit widerrufbar unter „Cookie-Einstellungen“ am Seitenende.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    settings: 'Einstellungen',
    dialogTitle: 'Cookie-Einstellungen',
    dialogText: 'Wählen Sie, welche Dienste Sie erlauben. Nichts ist vorausgewählt; Ihre Wahl können Sie jederzeit ändern.',
    save: 'Auswahl speichern',
    close: 'Schließen',
    gpcNote: 'Ihr Browser sendet das Signal „Global Privacy Control“: Marketing bleibt aus, solange Sie es hier nicht ausdrücklich einschalten.',
    categories: {
      necessary: { label: 'Notwendig', description: 'Speichert Ihre Entscheidung; dafür braucht es keine Einwilligung.' },
      statistics: { label: 'Statistik', description: 'Hilft uns zu verstehen, welche Inhalte gelesen werden.' },
      marketing: { label: 'Marketing', description: 'Misst Werbung und bildet Zielgruppen; Newsletter-Formulare.' },
      'external-media': { label: 'Externe Medien', description: 'Videos, Karten und Beiträge anderer Anbieter.' },
    },
    alwaysActive: 'Immer aktiv',
    placeholderTitle: 'Inhalt von {service}',
    placeholderText: 'Hier ist ein Inhalt von {service} ({provider}) eingebunden. Beim Laden überträgt Ihr Browser Daten, etwa Ihre IP-Adresse, an den Anbieter.',
    placeholderLoad: 'Inhalt von {service} laden',
    placeholderAlways: '{service} immer erlauben',
    placeholderOpen: 'Direkt bei {service} öffnen',
    privacyLink: 'Datenschutzerklärung',
    imprintLink: 'Impressum',
    bannerPrivacyLink: 'Datenschutz',
    footerLink: 'Cookie-Einstellungen',
  },
  bannerLead: 'Wir möchten {list} nutzen.',
  categoryWords: { statistics: 'Statistikdienste', marketing: 'Marketingdienste', 'external-media': 'externe Medien' },
  and: ' und ',
} as const satisfies ConsentLanguagePack
