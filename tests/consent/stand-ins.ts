import type { BrowserContext, Route } from 'playwright-core'

/** Every request the page tried to send to a host other than 127.0.0.1. */
export interface RequestLog {
  urls: string[]
  count(part: string): number
}

// Stand-ins that behave like the services: the tracker sets its cookie and storage key, embeds render.
function standIn(url: URL): { contentType: string; body: string } {
  const key = `${url.hostname}${url.pathname}`
  if (key.startsWith('www.googletagmanager.com/gtag/js')) {
    return {
      contentType: 'text/javascript',
      body: "document.cookie='_ga=GA1.1.42.1700000000;path=/;max-age=63072000';document.cookie='_ga_ABC1234567=GS1.1.1700000000;path=/;max-age=63072000';",
    }
  }
  if (key.startsWith('connect.facebook.net/')) {
    return { contentType: 'text/javascript', body: "document.cookie='_fbp=fb.1.1700000000.42;path=/;max-age=7776000';" }
  }
  if (url.hostname.includes('youtube')) {
    return { contentType: 'text/html', body: '<!doctype html><title>YouTube stand-in</title><p>video</p>' }
  }
  return { contentType: 'text/plain', body: '' }
}

/** Answers every request to another host locally and logs it, so nothing leaves the machine. */
export async function interceptThirdParties(context: BrowserContext): Promise<RequestLog> {
  const urls: string[] = []
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1') return route.continue()
    urls.push(url.href)
    const { contentType, body } = standIn(url)
    return route.fulfill({ status: 200, contentType, body })
  })
  return { urls, count: (part) => urls.filter((url) => url.includes(part)).length }
}
