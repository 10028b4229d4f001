type Flushable = { flush(): Promise<void> }
type Signal = 'SIGTERM' | 'SIGINT'
export type ProcessLike = {
  once(event: Signal, listener: () => void): unknown
  listenerCount(event: Signal): number
  exit(code?: number): never | void
}

const signalCodes: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143 }

/**
 * Writes the counts still in memory when the server is asked to stop, so a restart (deploy,
 * `docker stop`) loses none; a crash loses at most one flush interval (2 s).
 *
 * Next's own SIGTERM handler closes the server and then calls process.exit; we let it, but hold
 * that exit until the flush is done (at most `capMs`). With no other handler, we exit ourselves.
 */
export function flushOnShutdown(counter: Flushable, proc: ProcessLike = process, capMs = 5000): void {
  const onSignal = (signal: Signal) => {
    const flushed = Promise.race([
      counter.flush().catch(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, capMs).unref?.()),
    ])
    const exit = proc.exit.bind(proc)
    proc.exit = ((code?: number) => {
      void flushed.then(() => exit(code))
    }) as ProcessLike['exit']
    // Our listener was the only one: nobody else will end the process, as the signal's default would have.
    if (proc.listenerCount(signal) === 0) void flushed.then(() => exit(signalCodes[signal]))
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) proc.once(signal, () => onSignal(signal))
}
