import uiStyle from './consent-ui.css'
import type { Decision, RuntimeConfig, RuntimeService } from './runtime-config.js'

// The nichepress consent runtime: no dependencies, runs once per page (deferred).
const d = document
const w = window as unknown as { dataLayer?: unknown[] }
const configElement = d.getElementById('np-consent-config')
if (configElement) start(JSON.parse(configElement.textContent ?? '{}') as RuntimeConfig)

function start(config: RuntimeConfig): void {
  const t = config.texts
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  const byId = new Map(config.services.map((service) => [service.id, service]))
  const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  let banner: HTMLDialogElement | undefined
  let host: HTMLElement | undefined
  let root: ShadowRoot | undefined
  let decision = read()

  // Banner and dialog live in the shadow root of a host in the top layer (a manual popover), first in
  // the document: no z-index covers it, no selector of the page reaches inside, and its own box is
  // reset with !important from inside (consent-ui.css). What is left to the page is the root element,
  // whose box the top layer still needs: a hiding display, opacity, zoom or content-visibility there is
  // undone with an !important inline style, which no stylesheet outranks.
  function ui(): ShadowRoot {
    const html = d.documentElement
    if (!host || !root) {
      host = d.createElement('np-consent')
      root = host.attachShadow({ mode: 'open' })
      // Browsers without constructable stylesheets (Safari before 16.4) get a <style>: where a CSP forbids
      // it the banner is unstyled, but there and usable.
      try {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(uiStyle)
        root.adoptedStyleSheets = [sheet]
      } catch {
        root.append(Object.assign(d.createElement('style'), { textContent: uiStyle }))
      }
      // Without the popover API (Safari before 17) the host stays fixed at the highest z-index, and last in
      // the document, so that it wins a tie with a page's element of the same z-index.
      host.popover = 'manual'
      if (typeof host.showPopover === 'function') html.prepend(host)
      else html.append(host)
    }
    const style = getComputedStyle(html)
    for (const [name, value] of [['display', 'block'], ['opacity', '1'], ['zoom', '1'], ['content-visibility', 'visible']] as const) {
      const current = style.getPropertyValue(name)
      if (name === 'display' ? current === 'none' : current !== '' && current !== value) html.style.setProperty(name, value, 'important')
    }
    if (host.showPopover && !host.matches(':popover-open')) host.showPopover()
    return root
  }

  // A page's colour variables could make the buttons unreadable (transparent text, text on its own
  // colour): below 3:1 contrast they take the system's button colours instead.
  const channels = (color: string) => (color.startsWith('rgb') ? (color.match(/[\d.]+/g) ?? []).map(Number) : undefined)
  const luminance = (rgb: number[]) => rgb.slice(0, 3).reduce((sum, value, index) => sum + [0.2126, 0.7152, 0.0722][index]! * ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4), 0)
  function legible(box: HTMLElement): void {
    const button = box.querySelector('.np-consent-buttons button')
    if (!button) return
    const style = getComputedStyle(button)
    const text = channels(style.color)
    let back = channels(style.backgroundColor)
    if (back && (back[3] ?? 1) < 1) back = channels(getComputedStyle(box).backgroundColor)
    if (!text || !back) return
    const [light, dark] = [luminance(text), luminance(back)].sort((a, b) => b - a) as [number, number]
    if ((text[3] ?? 1) < 0.5 || (light + 0.05) / (dark + 0.05) < 3) box.classList.add('np-consent-plain')
  }

  function gtag(..._: unknown[]): void {
    // Consent Mode reads the Arguments object itself, not an array.
    // eslint-disable-next-line prefer-rest-params
    ;(w.dataLayer = w.dataLayer ?? []).push(arguments)
  }
  const usesConsentMode = config.services.some((service) => service.googleConsentMode)
  if (usesConsentMode) {
    gtag('consent', 'default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', wait_for_update: 500 })
  }

  function read(): Decision | undefined {
    try {
      const raw =
        config.storage === 'cookie'
          ? d.cookie.split('; ').find((entry) => entry.startsWith(`${config.name}=`))?.slice(config.name.length + 1)
          : localStorage.getItem(config.name)
      if (!raw) return undefined
      const stored = JSON.parse(decodeURIComponent(raw)) as Decision
      const expires = new Date(stored.timestamp)
      expires.setMonth(expires.getMonth() + config.expiryMonths)
      return stored.revision === config.revision && Date.now() < expires.getTime() ? stored : undefined
    } catch {
      return undefined
    }
  }

  function write(next: Decision): void {
    const value = encodeURIComponent(JSON.stringify(next))
    if (config.storage === 'localStorage') localStorage.setItem(config.name, value)
    else d.cookie = `${config.name}=${value};path=/;max-age=${config.expiryMonths * 31 * 86400};samesite=lax${location.protocol === 'https:' ? ';secure' : ''}`
  }

  function matches(name: string, pattern: string): boolean {
    return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  }

  // Withdrawal: remove what the registry says the service stored on our domain.
  function forget(service: RuntimeService): void {
    const parts = location.hostname.split('.')
    const domains = [''].concat(parts.map((_, index) => `;domain=.${parts.slice(index).join('.')}`))
    for (const entry of d.cookie.split('; ')) {
      const name = entry.split('=')[0] ?? ''
      if (!service.cookies.some((pattern) => matches(name, pattern))) continue
      for (const domain of domains) d.cookie = `${name}=;path=/;max-age=0${domain}`
    }
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) if (service.storage.some((pattern) => matches(key, pattern))) store.removeItem(key)
    }
  }

  function reveal(element: Element): void {
    const template = element instanceof HTMLTemplateElement ? element : element.querySelector('template')
    if (template) element.replaceWith(template.content)
  }

  function apply(current: Decision): void {
    const allowed = new Set(current.services)
    if (usesConsentMode) {
      const granted = (kind: string) => (config.services.some((service) => service.googleConsentMode === kind && allowed.has(service.id)) ? 'granted' : 'denied')
      gtag('consent', 'update', { analytics_storage: granted('analytics'), ad_storage: granted('ads'), ad_user_data: granted('ads'), ad_personalization: granted('ads') })
    }
    // Scripts run in document order; one after a script that was not `async` waits until that one has
    // loaded, as in the original markup (a loader, then `paypal.Buttons()` calling what it defines).
    let previous: Promise<unknown> = Promise.resolve()
    for (const element of d.querySelectorAll<HTMLElement>('[data-consent-service]')) {
      if (!allowed.has(element.dataset.consentService ?? '')) continue
      if (element instanceof HTMLScriptElement) {
        const script = d.createElement('script')
        for (const { name, value } of element.attributes) {
          if (name === 'type' || name.startsWith('data-consent-')) continue
          script.setAttribute(name === 'data-src' ? 'src' : name.replace(/^data-np-/, ''), value)
        }
        script.text = element.text
        script.async = false
        // Taken at once: a second apply() while earlier scripts still load must not run it twice.
        element.removeAttribute('data-consent-service')
        // Only a script the browser will fetch and run fires load or error: not `nomodule` ones (in every
        // browser that runs this runtime) nor unknown types; waiting for those would stall the rest.
        const type = element.dataset.npType
        const waits = element.dataset.src !== undefined && element.dataset.npAsync === undefined && element.dataset.npNomodule === undefined && (type === undefined || type === 'module')
        previous = previous.then(
          () =>
            new Promise((done) => {
              if (waits) script.onload = script.onerror = done
              element.replaceWith(script)
              if (!waits) done(0)
            }),
        )
      } else if (element.dataset.npStyle !== undefined || element.dataset.npPing !== undefined) {
        // CSSOM, not setAttribute: the CSP governs style attributes, not style properties.
        if (element.dataset.npStyle !== undefined) element.style.cssText = element.dataset.npStyle
        if (element.dataset.npPing !== undefined) element.setAttribute('ping', element.dataset.npPing)
        delete element.dataset.npStyle
        delete element.dataset.npPing
        delete element.dataset.consentService
      } else reveal(element)
    }
    d.dispatchEvent(new CustomEvent('nichepress:consent', { detail: { categories: current.categories, services: current.services } }))
  }

  function save(services: string[]): void {
    const previous = decision
    const categories = config.categories
      .map((category) => category.id)
      .filter((id) => config.services.some((service) => service.category === id) && config.services.every((service) => service.category !== id || services.includes(service.id)))
    decision = { revision: config.revision, categories, services, timestamp: Date.now() }
    write(decision)
    banner?.remove()
    banner = undefined
    host?.removeAttribute('data-banner')
    const withdrawn = (previous?.services ?? []).filter((id) => !services.includes(id))
    if (withdrawn.length > 0) {
      for (const id of withdrawn) {
        const service = byId.get(id)
        if (service) forget(service)
      }
      location.reload()
    } else apply(decision)
  }

  const acceptAll = () => save(config.services.filter((service) => !(gpc && service.category === 'marketing')).map((service) => service.id))
  const buttons = (extra: string) =>
    `<div class="np-consent-buttons">${extra}<button type="button" data-np="all">${esc(t.acceptAll ?? '')}</button><button type="button" data-np="none">${esc(t.rejectAll ?? '')}</button></div>`

  function showBanner(): void {
    banner = d.createElement('dialog')
    banner.className = 'np-consent np-consent-banner'
    if (config.lang) banner.lang = config.lang
    banner.setAttribute('aria-labelledby', 'np-consent-banner-title')
    banner.setAttribute('aria-describedby', 'np-consent-banner-text')
    const hreflang = config.legalLang ? ` hreflang="${esc(config.legalLang)}"` : ''
    // First layer: purpose text (scrolls inside the banner if a large font needs it), the legal pages
    // and the settings, then "accept all" and "reject all" side by side with the same look.
    banner.innerHTML =
      `<div class="np-consent-text"><h2 id="np-consent-banner-title">${esc(t.bannerTitle ?? '')}</h2><p id="np-consent-banner-text">${esc(t.bannerText ?? '')}</p></div>` +
      `<p class="np-consent-links"><a href="${esc(config.privacyPolicyUrl)}"${hreflang}>${esc(t.bannerPrivacyLink ?? '')}</a><a href="${esc(config.imprintUrl)}"${hreflang}>${esc(t.imprintLink ?? '')}</a><button type="button" data-np="settings">${esc(t.settings ?? '')}</button></p>` +
      buttons('')
    banner.addEventListener('click', onAction)
    ui().append(banner)
    host?.setAttribute('data-banner', '')
    banner.show()
    legible(banner)
  }

  function openDialog(): void {
    const opener = (root?.activeElement ?? d.activeElement) as HTMLElement | null
    const dialog = d.createElement('dialog')
    dialog.className = 'np-consent np-consent-dialog'
    if (config.lang) dialog.lang = config.lang
    dialog.setAttribute('aria-modal', 'true')
    dialog.setAttribute('aria-labelledby', 'np-consent-dialog-title')
    const allowed = new Set(decision?.services ?? [])
    const box = (attribute: string, id: string, label: string, checked: boolean) =>
      `<label><input type="checkbox" role="switch" ${attribute}="${esc(id)}"${checked ? ' checked' : ''}> ${esc(label)}</label>`
    let html = `<h2 id="np-consent-dialog-title">${esc(t.dialogTitle ?? '')}</h2><p>${esc(t.dialogText ?? '')}</p>${gpc ? `<p class="np-consent-gpc">${esc(t.gpcNote ?? '')}</p>` : ''}`
    for (const category of config.categories) {
      const members = config.services.filter((service) => service.category === category.id)
      if (category.id !== 'necessary' && members.length === 0) continue
      const all = members.length > 0 && members.every((service) => allowed.has(service.id))
      html +=
        `<fieldset><legend>${esc(category.label)}</legend><p>${esc(category.description)}</p>` +
        (category.id === 'necessary'
          ? `<p><strong>${esc(t.alwaysActive ?? '')}</strong></p>`
          : box('data-np-category', category.id, category.label, all) +
            `<ul>${members.map((service) => `<li>${box('data-np-service', service.id, `${service.name} (${service.provider})`, allowed.has(service.id))}</li>`).join('')}</ul>`) +
        '</fieldset>'
    }
    dialog.innerHTML =
      html + buttons(`<button type="button" data-np="save">${esc(t.save ?? '')}</button>`) + `<button type="button" class="np-consent-close" data-np="close" aria-label="${esc(t.close ?? '')}">×</button>`
    const inputs = (selector: string) => [...dialog.querySelectorAll<HTMLInputElement>(selector)]
    dialog.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement
      const category = input.dataset.npCategory
      if (category) for (const member of inputs('[data-np-service]')) if (byId.get(member.dataset.npService ?? '')?.category === category) member.checked = input.checked
      for (const categoryBox of inputs('[data-np-category]')) {
        const members = inputs('[data-np-service]').filter((member) => byId.get(member.dataset.npService ?? '')?.category === categoryBox.dataset.npCategory)
        categoryBox.checked = members.every((member) => member.checked)
      }
    })
    dialog.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-np]')?.dataset.np
      if (action === 'save') save(inputs('[data-np-service]:checked').map((input) => input.dataset.npService ?? ''))
      if (action) dialog.close()
      if (action && action !== 'save') onAction(event)
    })
    // Tab and Shift+Tab stay inside the dialog; Esc closes it natively.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return
      const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href],button,input')]
      const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1]
      if (root?.activeElement === edge) {
        event.preventDefault()
        ;(event.shiftKey ? focusable[focusable.length - 1] : focusable[0])?.focus()
      }
    })
    dialog.addEventListener('close', () => {
      dialog.remove()
      ;(opener?.isConnected ? opener : banner?.querySelector("button"))?.focus()
    })
    ui().append(dialog)
    dialog.showModal()
    legible(dialog)
  }

  function onAction(event: Event): void {
    const action = (event.target as Element).closest<HTMLElement>('[data-np]')?.dataset.np
    if (action === 'all') acceptAll()
    if (action === 'none') save([])
    if (action === 'settings') openDialog()
  }

  d.addEventListener('click', (event) => {
    const target = event.target as Element
    if (target.closest('[data-consent-open]')) {
      event.preventDefault()
      openDialog()
    }
    const load = target.closest('[data-consent-load]')
    const embed = load?.closest<HTMLElement>('.np-consent-embed')
    if (!embed) return
    if (embed.querySelector<HTMLInputElement>('[data-consent-always]')?.checked) save([...new Set([...(decision?.services ?? []), embed.dataset.consentService ?? ''])])
    else reveal(embed)
  })
  for (const actions of d.querySelectorAll<HTMLElement>('.np-consent-embed-actions')) actions.hidden = false
  if (decision) apply(decision)
  else showBanner()
}
