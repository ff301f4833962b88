import type { ConsentLanguagePack } from '../texts.js'

/**
 * Portuguese (European), written for nichepress. Follows EDPB Guidelines 05/2020 on consent and the
 * EDPB Cookie Banner Taskforce report of 17 January 2023: refusing as easy and as visible as accepting,
 * purposes named, nothing pre-selected.
 */
export const pt = {
  texts: {
    bannerTitle: 'Definições de privacidade',
    bannerText:
      'Gostaríamos de utilizar serviços de estatística e de marketing, bem como conteúdos externos. Estes guardam dados no seu dispositivo e enviam dados aos respetivos fornecedores, em parte em países terceiros como os EUA. Apenas com o seu consentimento, que pode retirar a qualquer momento em «Definições de cookies», no fundo da página.',
    acceptAll: 'Aceitar tudo',
    rejectAll: 'Rejeitar tudo',
    settings: 'Personalizar',
    dialogTitle: 'Definições de cookies',
    dialogText: 'Escolha os serviços que autoriza. Nada está pré-selecionado; pode alterar a sua escolha a qualquer momento.',
    save: 'Guardar escolha',
    close: 'Fechar',
    gpcNote: 'O seu navegador envia o sinal «Global Privacy Control»: o marketing fica desativado, a menos que o ative aqui expressamente.',
    categories: {
      necessary: { label: 'Necessários', description: 'Guardam a sua decisão; isto não requer consentimento.' },
      statistics: { label: 'Estatística', description: 'Ajuda-nos a perceber que conteúdos são lidos.' },
      marketing: { label: 'Marketing', description: 'Mede a publicidade e cria públicos; formulários de newsletter.' },
      'external-media': { label: 'Conteúdos externos', description: 'Vídeos, mapas e publicações de outros fornecedores.' },
    },
    alwaysActive: 'Sempre ativos',
    placeholderTitle: 'Conteúdo de {service}',
    placeholderText: 'Aqui está incorporado um conteúdo de {service} ({provider}). Ao carregá-lo, o seu navegador envia dados ao fornecedor, como o seu endereço IP.',
    placeholderLoad: 'Carregar conteúdo de {service}',
    placeholderAlways: 'Permitir sempre {service}',
    placeholderOpen: 'Abrir em {service}',
    privacyLink: 'Política de privacidade',
    imprintLink: 'Informação legal',
    bannerPrivacyLink: 'Privacidade',
    footerLink: 'Definições de cookies',
  },
  bannerLead: 'Gostaríamos de utilizar {list}.',
  categoryWords: { statistics: 'serviços de estatística', marketing: 'serviços de marketing', 'external-media': 'conteúdos externos' },
  and: ' e ',
} as const satisfies ConsentLanguagePack
