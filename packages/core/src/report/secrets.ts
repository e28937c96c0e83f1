import { detached } from '../files/detached.js'
/**
 * The values that must never leave the process: registered as they are found (and, on a runner, masked with
 * ::add-mask:: by the runtime). Every piece of text the suite writes can pass through `redact`.
 */
export class SecretRegistry {
  private readonly values = new Set<string>()
  private readonly listeners: Array<(value: string) => void> = []

  onRegister(listener: (value: string) => void): void {
    this.listeners.push(listener)
    for (const v of this.values) listener(v)
  }

  register(value: string | undefined): void {
    if (!value || value.length < 4 || this.values.has(value)) return
    // a value cut from a large text (a patch chunk) would keep that text alive for the whole run
    value = detached(value)
    this.values.add(value)
    for (const l of this.listeners) l(value)
  }

  get size(): number {
    return this.values.size
  }

  redact(text: string): string {
    if (this.values.size === 0 || !text) return text
    let out = text
    // longest first, so a secret that contains another is replaced whole
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      if (out.includes(v)) out = out.split(v).join('***')
    }
    return out
  }
}

/** A logger whose every message passes through the redactor first. */
export function redactingLogger(
  logger: import('../logger.js').Logger,
  secrets: SecretRegistry
): import('../logger.js').Logger {
  return {
    debug: message => logger.debug(secrets.redact(message)),
    info: message => logger.info(secrets.redact(message)),
    warning: message => logger.warning(secrets.redact(message)),
    group: (name, fn) => logger.group(secrets.redact(name), fn)
  }
}
