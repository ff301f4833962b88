// Embeds that run a third party's script (a gist, a post on X) become plain links on import: the
// reader still finds the content, and nothing loads from another server before consent.

/** A GitHub gist as a plain link (`{{< gist user id >}}`, `{% gist id %}`); undefined without a valid id. */
export function gistLink(user: string | undefined, id: string | undefined, file?: string): { markdown: string; what: string; host: string } | undefined {
  if (!id || !/^[0-9a-f]{5,40}$/i.test(id) || (user !== undefined && !/^[\w-]{1,39}$/.test(user))) return undefined
  // The address is the label: no words in a language the site may not have.
  const address = `gist.github.com/${user ? `${user}/` : ''}${id}`
  const label = file ? `${address} (${file.replace(/[[\]\\()]/g, '')})` : address
  return { markdown: `[${label}](https://${address})`, what: 'the gist', host: 'github.com' }
}

/** A post on X (Twitter) by id, with or without its author (Hugo's `tweet` shortcode, old and new form). */
export function postLink(user: string, id: string | undefined): { markdown: string; what: string; host: string } | undefined {
  if (!id || !/^\d{5,25}$/.test(id)) return undefined
  const author = /^\w{1,15}$/.test(user) ? user : ''
  const address = `x.com/${author || 'i/web'}/status/${id}`
  return { markdown: `[${address}](https://${address})`, what: 'the post on X', host: 'platform.twitter.com' }
}
