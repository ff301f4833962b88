import { Drop } from 'liquidjs'

/** Thrown when Liquid reads a value only Jekyll knew (a post list, a plugin's value): what it printed cannot be decided at import. */
export class UndecidableLiquid extends Error {
  constructor(readonly what: string) {
    super(`${what} was only known to Jekyll`)
  }
}

// What liquidjs itself asks a drop for; every other name is a Liquid key.
const dropInternals = new Set(['liquidMethodMissing', 'toLiquid', 'valueOf', 'toString', 'constructor'])

/**
 * A Liquid value whose keys are known whole, except that a key it lacks is not nil but unknown:
 * `site` (its config, `url`, `data`), `page` (its front matter and `url`) and the top-level
 * variables. Reading a missing key throws `UndecidableLiquid`. Keys are own keys only: no
 * `__proto__` or `constructor` reaches the template.
 */
export function knownValues(name: string, values: Readonly<Record<string, unknown>>): Drop {
  class KnownValues extends Drop {
    override liquidMethodMissing(key: string | number): unknown {
      const text = String(key)
      if (Object.hasOwn(values, text)) return values[text]
      throw new UndecidableLiquid(name === '' ? text : `${name}.${text}`)
    }
  }
  return new Proxy(new KnownValues(), {
    get: (target, key, receiver) => (typeof key === 'symbol' || dropInternals.has(key) ? Reflect.get(target, key, receiver) : undefined),
  })
}
