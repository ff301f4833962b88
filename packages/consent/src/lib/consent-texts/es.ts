import type { ConsentLanguagePack } from '../texts.js'

/**
 * Spanish, written for nichepress (usted). AEPD, "Guía sobre el uso de las cookies" (update of July
 * 2023, after EDPB Guidelines 03/2022 on deceptive design patterns): "Aceptar" and "Rechazar" at the
 * same level, same size and contrast; purposes named in plain words; no pre-ticked boxes.
 */
export const es = {
  texts: {
    bannerTitle: 'Ajustes de privacidad',
    bannerText:
      'Queremos usar servicios de estadística y de marketing, así como medios externos. Guardan datos en su dispositivo y los envían a sus proveedores, algunos en terceros países como Estados Unidos. Solo con su consentimiento, que puede retirar en cualquier momento en «Ajustes de cookies», al pie de la página.',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    settings: 'Configurar',
    dialogTitle: 'Ajustes de cookies',
    dialogText: 'Elija qué servicios permite. No hay nada marcado de antemano; puede cambiar su elección en cualquier momento.',
    save: 'Guardar selección',
    close: 'Cerrar',
    gpcNote: 'Su navegador envía la señal «Global Privacy Control»: el marketing sigue desactivado mientras usted no lo active aquí expresamente.',
    categories: {
      necessary: { label: 'Necesarios', description: 'Guardan su decisión; para ello no hace falta consentimiento.' },
      statistics: { label: 'Estadística', description: 'Nos ayuda a entender qué contenidos se leen.' },
      marketing: { label: 'Marketing', description: 'Mide la publicidad y crea audiencias; formularios de boletín.' },
      'external-media': { label: 'Medios externos', description: 'Vídeos, mapas y publicaciones de otros proveedores.' },
    },
    alwaysActive: 'Siempre activos',
    placeholderTitle: 'Contenido de {service}',
    placeholderText: 'Aquí hay insertado un contenido de {service} ({provider}). Al cargarlo, su navegador envía datos al proveedor, como su dirección IP.',
    placeholderLoad: 'Cargar contenido de {service}',
    placeholderAlways: 'Permitir siempre {service}',
    placeholderOpen: 'Abrir en {service}',
    privacyLink: 'Política de privacidad',
    imprintLink: 'Aviso legal',
    bannerPrivacyLink: 'Privacidad',
    footerLink: 'Ajustes de cookies',
  },
  bannerLead: 'Queremos usar {list}.',
  categoryWords: { statistics: 'servicios de estadística', marketing: 'servicios de marketing', 'external-media': 'medios externos' },
  and: ' y ',
} as const satisfies ConsentLanguagePack
