/** Every piece of UI text the default theme shows, per language. */
export interface UiStrings {
  skipToContent: string
  home: string
  archive: string
  tags: string
  tag: string
  related: string
  readMore: string
  newerPosts: string
  olderPosts: string
  page: string
  of: string
  publishedOn: string
  updatedOn: string
  minutesRead: string
  onThisPage: string
  notFoundTitle: string
  notFoundText: string
  backHome: string
  menu: string
  postsTagged: string
  pagination: string
  mainNavigation: string
  footerNavigation: string
  by: string
}

/** UI strings for German and English sites. */
export const uiStrings: Readonly<Record<'de' | 'en', UiStrings>> = {
  de: {
    skipToContent: 'Zum Inhalt springen',
    home: 'Start',
    archive: 'Archiv',
    tags: 'Themen',
    tag: 'Thema',
    related: 'Mehr zum Thema',
    readMore: 'Weiterlesen',
    newerPosts: 'Neuere Beiträge',
    olderPosts: 'Ältere Beiträge',
    page: 'Seite',
    of: 'von',
    publishedOn: 'Veröffentlicht am',
    updatedOn: 'Aktualisiert am',
    minutesRead: 'Min. Lesezeit',
    onThisPage: 'Auf dieser Seite',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite oder das Archiv weiter.',
    backHome: 'Zur Startseite',
    menu: 'Menü',
    postsTagged: 'Beiträge zum Thema',
    pagination: 'Seitennavigation',
    mainNavigation: 'Hauptnavigation',
    footerNavigation: 'Rechtliches',
    by: 'von',
  },
  en: {
    skipToContent: 'Skip to content',
    home: 'Home',
    archive: 'Archive',
    tags: 'Tags',
    tag: 'Tag',
    related: 'Related posts',
    readMore: 'Read more',
    newerPosts: 'Newer posts',
    olderPosts: 'Older posts',
    page: 'Page',
    of: 'of',
    publishedOn: 'Published on',
    updatedOn: 'Updated on',
    minutesRead: 'min read',
    onThisPage: 'On this page',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). The home page or the archive may help.',
    backHome: 'Back to the home page',
    menu: 'Menu',
    postsTagged: 'Posts tagged',
    pagination: 'Pagination',
    mainNavigation: 'Main navigation',
    footerNavigation: 'Legal',
    by: 'by',
  },
}
