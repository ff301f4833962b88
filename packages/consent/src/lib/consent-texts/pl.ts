import type { ConsentLanguagePack } from '../texts.js'

/**
 * Polish, written for nichepress (Ty, as most Polish sites address readers). Follows EDPB Guidelines
 * 05/2020 on consent and the EDPB Cookie Banner Taskforce report of 17 January 2023. The banner's first
 * sentence names the categories in the genitive ("korzystać z usług …").
 */
export const pl = {
  texts: {
    bannerTitle: 'Ustawienia prywatności',
    bannerText:
      'Chcielibyśmy korzystać z usług statystycznych i marketingowych oraz z mediów zewnętrznych. Zapisują one dane na Twoim urządzeniu i przesyłają je do swoich dostawców, częściowo do państw trzecich, takich jak USA. Tylko za Twoją zgodą, którą możesz w każdej chwili wycofać w sekcji „Ustawienia plików cookie” na dole strony.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    settings: 'Ustawienia',
    dialogTitle: 'Ustawienia plików cookie',
    dialogText: 'Wybierz, na które usługi się zgadzasz. Nic nie jest zaznaczone z góry; swój wybór możesz zmienić w każdej chwili.',
    save: 'Zapisz wybór',
    close: 'Zamknij',
    gpcNote: 'Twoja przeglądarka wysyła sygnał „Global Privacy Control”: marketing pozostaje wyłączony, dopóki nie włączysz go tutaj wyraźnie.',
    categories: {
      necessary: { label: 'Niezbędne', description: 'Zapisują Twoją decyzję; nie wymaga to zgody.' },
      statistics: { label: 'Statystyka', description: 'Pomaga nam zrozumieć, które treści są czytane.' },
      marketing: { label: 'Marketing', description: 'Mierzy skuteczność reklam i tworzy grupy odbiorców; formularze newslettera.' },
      'external-media': { label: 'Media zewnętrzne', description: 'Filmy, mapy i posty innych dostawców.' },
    },
    alwaysActive: 'Zawsze aktywne',
    placeholderTitle: 'Treść z serwisu {service}',
    placeholderText: 'Osadzono tu treść z serwisu {service} ({provider}). Po jej załadowaniu przeglądarka przesyła dostawcy dane, np. Twój adres IP.',
    placeholderLoad: 'Załaduj treść z serwisu {service}',
    placeholderAlways: 'Zawsze zezwalaj na {service}',
    placeholderOpen: 'Otwórz w serwisie {service}',
    privacyLink: 'Polityka prywatności',
    imprintLink: 'Nota prawna',
    bannerPrivacyLink: 'Prywatność',
    footerLink: 'Ustawienia plików cookie',
  },
  bannerLead: 'Chcielibyśmy korzystać z {list}.',
  categoryWords: { statistics: 'usług statystycznych', marketing: 'usług marketingowych', 'external-media': 'mediów zewnętrznych' },
  and: ' i ',
} as const satisfies ConsentLanguagePack
