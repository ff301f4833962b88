/**
 * The browser side of `nichepress dev`, served as a file (`/__nichepress/live-reload.js`) so the
 * site's CSP need not allow inline script in dev either.
 *
 * - `reload` with `{"content":true}`: only the page's Markdown changed. The client fetches the page
 *   again and, when nothing but the `<main>` content (and the head's data: title, meta, JSON-LD)
 *   differs, swaps `<main>` in place: no navigation, the scroll position is kept, and the new text is
 *   on screen in a few milliseconds instead of a full reload. Anything it cannot prove harmless —
 *   a changed shell (header, footer, stylesheets, the consent config), scripts, styles, frames or
 *   consent placeholders in the content, a theme script that may have changed the page, an open
 *   error overlay — falls back to `location.reload()`.
 * - `reload` with anything else (a stylesheet, a static file, a recovered build): a full reload.
 * - `problems`: the build-error overlay (every value set as text, never as HTML: messages quote
 *   content), which the reload after the fix takes away.
 */
export function liveReloadClient(reloadPath: string, scriptPath: string, consentRuntimeFile: string): string {
  return `const events = new EventSource(${JSON.stringify(`${reloadPath}?page=`)} + encodeURIComponent(location.pathname))
const ownScript = ${JSON.stringify(scriptPath)}
// The consent runtime, below the site's base path: it changes nothing in <main> but placeholders.
const consentRuntime = ${JSON.stringify(`/${consentRuntimeFile}`)}
// The page as the server has it now; while a rebuild swaps the output folder it may briefly be
// missing, so a failed fetch is tried again a few times before the client gives up (and reloads).
const fetchPage = async () => {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const response = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin' })
      if (response.ok) return await response.text()
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)))
  }
  return undefined
}
// The HTML the server sent for what is on screen, to tell a content edit from a changed shell.
let shown = fetchPage()

// Content that runs, styles or loads something, or that the consent runtime manages: never swapped.
const active = 'script,style,link,iframe,frame,object,embed,template,noscript,[style],[data-consent-service],.np-consent-embed'
// Head elements that are data for machines (not run, not styling): they may differ after an edit.
const headData = 'title,meta[name],meta[property],script[type="application/ld+json"]'

function executableScripts(doc) {
  return [...doc.scripts].filter((script) => {
    const type = (script.getAttribute('type') || '').trim().toLowerCase()
    if (type && type !== 'module' && !/^(text|application)\\/(java|ecma)script$/.test(type)) return false
    const src = script.getAttribute('src')
    if (src === null) return true
    const path = new URL(src, location.href).pathname
    return path !== ownScript && !path.endsWith(consentRuntime)
  })
}

function shellOf(doc) {
  const copy = doc.documentElement.cloneNode(true)
  for (const main of copy.querySelectorAll('main')) main.replaceChildren()
  for (const data of copy.querySelectorAll(headData)) data.remove()
  return copy.outerHTML
}

function swapContent(previousHtml, nextHtml) {
  if (document.getElementById('nichepress-overlay')) return false
  const parser = new DOMParser()
  const before = parser.parseFromString(previousHtml, 'text/html')
  const after = parser.parseFromString(nextHtml, 'text/html')
  const live = document.querySelectorAll('main')
  const next = after.querySelectorAll('main')
  if (live.length !== 1 || next.length !== 1 || before.querySelectorAll('main').length !== 1) return false
  if (live[0].querySelector(active) || next[0].querySelector(active)) return false
  if (executableScripts(before).length > 0 || executableScripts(after).length > 0) return false
  if (shellOf(before) !== shellOf(after)) return false
  live[0].replaceWith(document.importNode(next[0], true))
  for (const data of document.head.querySelectorAll(headData)) data.remove()
  for (const data of after.head.querySelectorAll(headData)) document.head.append(document.importNode(data, true))
  return true
}

events.addEventListener('reload', async (event) => {
  try {
    if (JSON.parse(event.data).content === true) {
      const [previous, next] = await Promise.all([shown, fetchPage()])
      if (previous !== undefined && next !== undefined && swapContent(previous, next)) {
        shown = Promise.resolve(next)
        return
      }
    }
  } catch {}
  location.reload()
})
events.addEventListener('problems', (event) => {
  document.getElementById('nichepress-overlay')?.remove()
  const problems = JSON.parse(event.data)
  const overlay = document.createElement('section')
  overlay.id = 'nichepress-overlay'
  overlay.setAttribute('role', 'alert')
  overlay.setAttribute('aria-label', 'nichepress build error')
  Object.assign(overlay.style, { position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem', background: 'rgba(20, 20, 24, 0.96)', color: '#f5f5f5', font: '15px/1.5 ui-monospace, Menlo, Consolas, monospace' })
  const heading = document.createElement('h2')
  heading.textContent = problems.length + (problems.length === 1 ? ' problem' : ' problems') + ' stop the build; this page shows the last good build. Fix and save: the page reloads.'
  Object.assign(heading.style, { color: '#ff8a80', font: 'bold 17px/1.4 system-ui, sans-serif', margin: '0 0 1.5rem' })
  overlay.append(heading)
  for (const problem of problems) {
    const item = document.createElement('article')
    item.style.margin = '0 0 1.25rem'
    const where = document.createElement('div')
    where.className = 'nichepress-overlay-where'
    where.textContent = [problem.file, problem.line, problem.column].filter((part) => part !== undefined && part !== null && part !== '').join(':')
    where.style.color = '#8ab8ff'
    const reason = document.createElement('div')
    reason.textContent = problem.reason + (problem.ruleId ? '  (' + problem.ruleId + ')' : '')
    item.append(where, reason)
    if (problem.note) {
      const fix = document.createElement('div')
      fix.textContent = 'fix: ' + problem.note
      fix.style.color = '#c5e1a5'
      item.append(fix)
    }
    overlay.append(item)
  }
  document.body.append(overlay)
})
`
}
