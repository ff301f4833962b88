import type { ConsentLanguagePack } from '../texts.js'

/**
 * Dutch, written for nichepress (u). Follows EDPB Guidelines 05/2020 on consent and the EDPB Cookie
 * Banner Taskforce report of 17 January 2023: refusing on the first layer with the same look as
 * accepting, purposes named, nothing pre-ticked.
 */
export const nl = {
  texts: {
    bannerTitle: 'Privacyinstellingen',
    bannerText:
      'We willen statistiek- en marketingdiensten en externe media gebruiken. Ze slaan gegevens op uw apparaat op en sturen gegevens naar hun aanbieders, deels in derde landen zoals de VS. Alleen met uw toestemming, die u altijd kunt intrekken via ‘Cookie-instellingen’ onderaan de pagina.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    settings: 'Instellingen',
    dialogTitle: 'Cookie-instellingen',
    dialogText: 'Kies welke diensten u toestaat. Niets is vooraf aangevinkt; u kunt uw keuze altijd wijzigen.',
    save: 'Keuze opslaan',
    close: 'Sluiten',
    gpcNote: 'Uw browser stuurt het signaal ‘Global Privacy Control’: marketing blijft uit, tenzij u het hier uitdrukkelijk inschakelt.',
    categories: {
      necessary: { label: 'Noodzakelijk', description: 'Slaat uw keuze op; daarvoor is geen toestemming nodig.' },
      statistics: { label: 'Statistiek', description: 'Helpt ons te begrijpen welke inhoud gelezen wordt.' },
      marketing: { label: 'Marketing', description: 'Meet advertenties en stelt doelgroepen samen; nieuwsbriefformulieren.' },
      'external-media': { label: 'Externe media', description: 'Video’s, kaarten en berichten van andere aanbieders.' },
    },
    alwaysActive: 'Altijd actief',
    placeholderTitle: 'Inhoud van {service}',
    placeholderText: 'Hier is inhoud van {service} ({provider}) ingesloten. Bij het laden stuurt uw browser gegevens naar de aanbieder, zoals uw IP-adres.',
    placeholderLoad: 'Inhoud van {service} laden',
    placeholderAlways: '{service} altijd toestaan',
    placeholderOpen: 'Openen bij {service}',
    privacyLink: 'Privacyverklaring',
    imprintLink: 'Juridische informatie',
    bannerPrivacyLink: 'Privacy',
    footerLink: 'Cookie-instellingen',
  },
  bannerLead: 'We willen {list} gebruiken.',
  categoryWords: { statistics: 'statistiekdiensten', marketing: 'marketingdiensten', 'external-media': 'externe media' },
  and: ' en ',
} as const satisfies ConsentLanguagePack
