/** What a Liquid expression can read at import time: the site, the page and the page's own `assign`s. */
export interface LiquidScope {
  siteUrl: string | undefined
  baseUrl: string
  /** A `site.…` value other than `url` and `baseurl` (`_config.yml`, `_data/`), undefined when unknown. */
  siteVariable?: ((path: readonly string[]) => unknown) | undefined
  /** The page's front matter (`page.lang`). */
  pageData?: Readonly<Record<string, unknown>> | undefined
  /** Values of `{% assign %}`s made so far on this page. */
  locals?: ReadonlyMap<string, unknown> | undefined
}

/**
 * The value Jekyll computed for a Liquid expression when it depends on the site, the page and
 * earlier `assign`s only: a quoted string, a number, a `site.…`, `page.…` or assigned variable
 * (dots and `[…]`), through the filters `relative_url`, `absolute_url`, `prepend`, `append`,
 * `replace`, `replace_first`, `where`, `first`, `last`, `reverse`, `size` and `default`; a key an
 * assigned value lacks is nil (printed as nothing). Undefined for anything else (a loop
 * variable, a filter of a plugin): the importer cannot know what Jekyll printed.
 */
export function evaluateLiquid(expression: string, scope: LiquidScope): unknown {
  const [operand = '', ...filters] = splitOutsideQuotes(expression, '|')
  let value = operandValue(operand.trim(), scope)
  for (const filter of filters) {
    if (value === undefined) return undefined
    const [, name = '', argumentText] = /^\s*([a-z_]+)\s*(?::\s*([\s\S]*?))?\s*$/.exec(filter) ?? []
    const argumentsOf = () => splitOutsideQuotes(argumentText ?? '', ',').map((argument) => operandValue(argument.trim(), scope))
    value = applyFilter(name, value, argumentText === undefined ? [] : argumentsOf(), scope)
  }
  return value
}

/** The text Liquid prints for a value: strings, numbers and booleans; undefined for lists, objects and unknowns. */
export function printedText(value: unknown): string | undefined {
  if (value === null) return ''
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

function applyFilter(name: string, value: unknown, parameters: readonly unknown[], scope: LiquidScope): unknown {
  const text = printedText(value)
  if (parameters.some((parameter) => parameter === undefined)) return undefined
  switch (name) {
    case 'relative_url':
      return text === undefined ? undefined : relativeUrl(text, scope.baseUrl)
    case 'absolute_url':
      return text === undefined ? undefined : isAbsoluteUrl(text) ? text : `${scope.siteUrl ?? ''}${relativeUrl(text, scope.baseUrl)}`
    case 'prepend':
    case 'append': {
      const other = printedText(parameters[0])
      if (text === undefined || other === undefined) return undefined
      return name === 'prepend' ? other + text : text + other
    }
    case 'where': {
      const [key, expected] = parameters
      if (!Array.isArray(value) || typeof key !== 'string' || parameters.length !== 2) return undefined
      return value.filter((item) => printedText(propertyOf(item, key)) === printedText(expected))
    }
    case 'replace':
    case 'replace_first': {
      const [search, replacement] = parameters.map(printedText)
      if (text === undefined || search === undefined || replacement === undefined || parameters.length !== 2) return undefined
      return name === 'replace' ? text.split(search).join(replacement) : text.replace(search, () => replacement)
    }
    case 'first':
    case 'last':
      return Array.isArray(value) ? value.at(name === 'first' ? 0 : -1) : undefined
    case 'reverse':
      return Array.isArray(value) ? [...value].reverse() : undefined
    case 'size':
      return Array.isArray(value) ? value.length : text?.length
    case 'default':
      return value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0) ? parameters[0] : value
    default:
      return undefined
  }
}

function operandValue(operand: string, scope: LiquidScope): unknown {
  const quoted = /^(?:'([^']*)'|"([^"]*)")$/.exec(operand)
  if (quoted) return quoted[1] ?? quoted[2] ?? ''
  if (/^-?\d+(?:\.\d+)?$/.test(operand)) return Number(operand)
  const path = variablePath(operand, scope)
  if (path === undefined || path.length === 0) return undefined
  const [root = '', ...keys] = path
  if (root === 'site') {
    if (keys.length === 1 && keys[0] === 'url') return scope.siteUrl
    if (keys.length === 1 && keys[0] === 'baseurl') return scope.baseUrl
    // The site answers for its config and data files; lists inside them (`.first`, `[0]`) are walked here.
    for (let used = keys.length; used > 0; used--) {
      const value = scope.siteVariable?.(keys.slice(0, used))
      if (value !== undefined) return pathIn(value, keys.slice(used))
    }
    return undefined
  }
  if (root === 'page') return pathIn(scope.pageData, keys)
  return scope.locals?.has(root) ? localValue(scope.locals.get(root), keys) : undefined
}

// An assigned value is known whole: a key it lacks is nil, which Liquid prints as nothing (a release
// without a .bz2 file). Unknown, by contrast, is a site or page value a plugin may have set.
function localValue(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    const next = propertyOf(current, key)
    if (next === undefined) return current !== null && typeof current === 'object' ? null : undefined
    current = next
  }
  return current
}

/** `site.data.home[page.lang].title` → `['site', 'data', 'home', 'de', 'title']`; undefined when a part is unknown. */
function variablePath(operand: string, scope: LiquidScope): string[] | undefined {
  const path: string[] = []
  let rest = operand
  const first = /^[A-Za-z_][\w-]*/.exec(rest)
  if (!first) return undefined
  path.push(first[0])
  rest = rest.slice(first[0].length)
  while (rest !== '') {
    const dotted = /^\.([\w-]+)/.exec(rest)
    if (dotted) {
      path.push(dotted[1] ?? '')
      rest = rest.slice(dotted[0].length)
      continue
    }
    const bracket = /^\[([^[\]]+)\]/.exec(rest)
    if (!bracket) return undefined
    const key = printedText(operandValue((bracket[1] ?? '').trim(), scope))
    if (key === undefined) return undefined
    path.push(key)
    rest = rest.slice(bracket[0].length)
  }
  return path
}

// A value by its path; lists answer `first`, `last`, `size` and numeric indexes, as in Liquid.
// Only own keys: never `__proto__` and the like.
function pathIn(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    current = propertyOf(current, key)
    if (current === undefined) return undefined
  }
  return current
}

function propertyOf(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    if (key === 'size') return value.length
    if (key === 'first' || key === 'last') return value.at(key === 'first' ? 0 : -1)
    return /^\d+$/.test(key) ? value[Number(key)] : undefined
  }
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined
  return (value as Record<string, unknown>)[key]
}

// Jekyll's `relative_url`: the base URL and the path, each with one leading slash; absolute URLs unchanged.
function relativeUrl(path: string, baseUrl: string): string {
  if (isAbsoluteUrl(path)) return path
  const base = baseUrl.replace(/^\/*/, '/').replace(/\/+$/, '')
  return `${base === '/' ? '' : base}${path.replace(/^\/*/, '/')}`
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(value)
}

/** Splits at `separator` outside quotes. */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let quote = ''
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quote !== '') {
      if (character === quote) quote = ''
    } else if (character === "'" || character === '"') quote = character
    else if (character === separator) {
      parts.push(text.slice(start, index))
      start = index + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}
