import type { ConsentLanguagePack } from '../texts.js'

/**
 * French, written for nichepress (vouvoiement). CNIL, délibération n° 2020-092 du 17 septembre 2020
 * (recommandation « cookies et autres traceurs ») and its Q&A of 18 March 2021,
 * https://www.cnil.fr/fr/questions-reponses-lignes-directrices-modificatives-et-recommandation-cookies-traceurs:
 * refusing is as simple as accepting ("Tout refuser" beside "Tout accepter", same look), each purpose
 * named with a short title and a description, silence is refusal. French typography: a no-break space
 * (U+00A0) before « : ; » and inside « ».
 */
export const fr = {
  texts: {
    bannerTitle: 'Paramètres de confidentialité',
    bannerText:
      'Nous souhaitons utiliser des services de statistiques et de marketing ainsi que des médias externes. Ils enregistrent des données sur votre appareil et en transmettent à leurs fournisseurs, parfois dans des pays tiers comme les États-Unis. Uniquement avec votre consentement, que vous pouvez retirer à tout moment via «\u00a0Paramètres des cookies\u00a0» en bas de page.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    settings: 'Personnaliser',
    dialogTitle: 'Paramètres des cookies',
    dialogText: 'Choisissez les services que vous autorisez. Rien n’est présélectionné\u00a0; vous pouvez modifier votre choix à tout moment.',
    save: 'Enregistrer mon choix',
    close: 'Fermer',
    gpcNote: 'Votre navigateur envoie le signal «\u00a0Global Privacy Control\u00a0»\u00a0: le marketing reste désactivé tant que vous ne l’activez pas expressément ici.',
    categories: {
      necessary: { label: 'Nécessaires', description: 'Enregistre votre choix\u00a0; cela ne requiert pas de consentement.' },
      statistics: { label: 'Statistiques', description: 'Nous aide à comprendre quels contenus sont lus.' },
      marketing: { label: 'Marketing', description: 'Mesure l’efficacité des publicités et constitue des audiences\u00a0; formulaires d’inscription à la newsletter.' },
      'external-media': { label: 'Médias externes', description: 'Vidéos, cartes et publications d’autres fournisseurs.' },
    },
    alwaysActive: 'Toujours actifs',
    placeholderTitle: 'Contenu de {service}',
    placeholderText: 'Un contenu de {service} ({provider}) est intégré ici. S’il est chargé, votre navigateur transmet des données au fournisseur, comme votre adresse IP.',
    placeholderLoad: 'Charger le contenu de {service}',
    placeholderAlways: 'Toujours autoriser {service}',
    placeholderOpen: 'Ouvrir sur {service}',
    privacyLink: 'Politique de confidentialité',
    imprintLink: 'Mentions légales',
    bannerPrivacyLink: 'Confidentialité',
    footerLink: 'Paramètres des cookies',
  },
  bannerLead: 'Nous souhaitons utiliser {list}.',
  categoryWords: { statistics: 'des services de statistiques', marketing: 'des services de marketing', 'external-media': 'des médias externes' },
  and: ' et ',
} as const satisfies ConsentLanguagePack
