import { createContext, Script } from 'node:vm'

/** Thrown by a time-limited function that ran longer than its limit and was stopped. */
export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`stopped after ${limitMs} ms (the per-file time budget, config \`limits.maxRenderMs\`)`)
    this.name = 'TimeLimitExceeded'
  }
}

/**
 * Wraps a synchronous function so that each call is stopped once it has run `limitMs` of wall-clock
 * time: the call then throws `TimeLimitExceeded` instead of holding the thread.
 *
 * It works the way `vm`'s `timeout` option does: the call runs inside `Script#runInContext`, whose
 * watchdog thread asks V8 to terminate the JavaScript running on this thread when the time is up.
 * That interrupts any JavaScript, also the functions of this module's realm the call goes into (the
 * Markdown pipeline), loops and regular expressions included. It cannot interrupt native code in
 * the middle of a call (a native parser); that code returns on its own and the stop happens at the
 * next JavaScript it runs. A stopped call may leave the objects it was working on half-updated, so
 * the function is made afresh with `create` before the next call; module-level state of the code
 * it ran is not reset (the Markdown pipeline keeps its state per call).
 *
 * Each call costs a watchdog thread, about 0.1 ms (measured; see docs/security.md).
 */
export function withTimeLimit<Input, Output>(create: () => (input: Input) => Output, limitMs: number): (input: Input) => Output {
  let fn = create()
  const holder: { call: () => Output } = { call: () => undefined as Output }
  const context = createContext(holder)
  const script = new Script('call()', { filename: 'nichepress-time-limit' })
  return (input) => {
    holder.call = () => fn(input)
    try {
      return script.runInContext(context, { timeout: limitMs, breakOnSigint: false }) as Output
    } catch (error) {
      if (isTimeout(error)) {
        fn = create()
        throw new TimeLimitExceeded(limitMs)
      }
      throw error
    } finally {
      holder.call = () => undefined as Output
    }
  }
}

function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT'
}
