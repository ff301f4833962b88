/** A video or audio platform whose embeds the importer turns into a plain <iframe>. */
export interface EmbedProvider {
  readonly id: string
  readonly name: string
  /** The id as it may appear in a tag, shortcode or URL. */
  readonly idPattern: RegExp
  /** Finds the id in a watch/share URL of the platform. */
  readonly urlPatterns: readonly RegExp[]
  /** The embed URL for an id; the consent registry knows its host. */
  embedUrl(id: string, startSeconds?: number): string
  readonly width: number
  readonly height: number
}

/** Embed providers, one entry each; the consent plugin blocks their iframes until consent. */
export const embedProviders = [
  {
    id: 'youtube',
    name: 'YouTube',
    idPattern: /^[A-Za-z0-9_-]{6,20}$/,
    urlPatterns: [
      /^https?:\/\/(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|v\/)([A-Za-z0-9_-]{6,20})/,
      /^https?:\/\/youtu\.be\/([A-Za-z0-9_-]{6,20})/,
    ],
    embedUrl: (id: string, startSeconds?: number) => `https://www.youtube.com/embed/${id}${startSeconds ? `?start=${startSeconds}` : ''}`,
    width: 560,
    height: 315,
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    idPattern: /^\d{3,12}$/,
    urlPatterns: [/^https?:\/\/(?:www\.)?vimeo\.com\/(?:video\/)?(\d{3,12})/, /^https?:\/\/player\.vimeo\.com\/video\/(\d{3,12})/],
    embedUrl: (id: string) => `https://player.vimeo.com/video/${id}`,
    width: 640,
    height: 360,
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    idPattern: /^\d{3,15}$/,
    urlPatterns: [/^https?:\/\/api\.soundcloud\.com\/tracks\/(\d{3,15})/],
    embedUrl: (id: string) => `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://api.soundcloud.com/tracks/${id}`)}`,
    width: 640,
    height: 166,
  },
] as const satisfies readonly EmbedProvider[]

/** The provider with this id (`youtube`, `vimeo`, `soundcloud`), if any. */
export function findEmbedProvider(id: string): EmbedProvider | undefined {
  return embedProviders.find((provider) => provider.id === id.toLowerCase())
}

/** The provider and video id of a watch/share URL, if it is one. */
export function parseEmbedUrl(url: string): { provider: EmbedProvider; id: string; startSeconds?: number } | undefined {
  for (const provider of embedProviders) {
    for (const pattern of provider.urlPatterns) {
      const match = pattern.exec(url.trim())
      if (match?.[1]) return { provider, id: match[1], startSeconds: startOf(url) }
    }
  }
  return undefined
}

/**
 * Parses the argument of a tag or shortcode: a bare id (`dQw4w9WgXcQ`, `pmvkwoiFwHc?t=85`) or a
 * URL of the platform. Returns undefined when it is neither.
 */
export function parseEmbedArgument(provider: EmbedProvider, argument: string): { id: string; startSeconds?: number } | undefined {
  const fromUrl = parseEmbedUrl(argument)
  if (fromUrl) return fromUrl.provider.id === provider.id ? { id: fromUrl.id, startSeconds: fromUrl.startSeconds } : undefined
  const [id = '', query = ''] = argument.trim().split('?')
  if (!provider.idPattern.test(id)) return undefined
  return { id, startSeconds: startOf(`?${query}`) }
}

/**
 * The <iframe> HTML for an embed. Ids and numbers are checked against the provider's patterns
 * before they get here, and the title is escaped, so joining the string is safe.
 */
export function embedHtml(provider: EmbedProvider, id: string, options: { startSeconds?: number | undefined; title?: string | undefined } = {}): string {
  const title = escapeAttribute(options.title ?? `${provider.name}`)
  return `<iframe src="${provider.embedUrl(id, options.startSeconds)}" width="${provider.width}" height="${provider.height}" title="${title}" loading="lazy" allowfullscreen></iframe>`
}

/** True for an <iframe> of a known provider's player: consent-blocked at build time, so not worth a review. */
export function isEmbedIframe(tag: string): boolean {
  const src = /^<iframe\b[^>]*\bsrc="([^"]+)"/i.exec(tag)?.[1]
  return src !== undefined && embedProviders.some((provider) => src.startsWith(provider.embedUrl('').replace(/[?].*$/, '')))
}

function startOf(url: string): number | undefined {
  const match = /[?&#](?:t|start)=(\d+)s?/.exec(url)
  return match?.[1] ? Number(match[1]) : undefined
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
