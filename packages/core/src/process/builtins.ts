import { createRequire } from 'node:module'

/**
 * Node's built-in modules that cost start-up time, loaded on first use: `node:crypto` and `node:child_process`
 * bring in about 55 internal modules (streams, net, dgram), several milliseconds before the first line of an action
 * runs, and a scan of a plain folder needs neither. Node 20.16+ and 22.3+ hand them out with
 * `process.getBuiltinModule`; older ones through `require`.
 */
const load = <T>(id: string): T =>
  ((process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.(id) ??
    createRequire(import.meta.url)(id)) as T

type Crypto = typeof import('node:crypto')
type ChildProcess = typeof import('node:child_process')
let crypto: Crypto | undefined
let childProcess: ChildProcess | undefined

export const nodeCrypto = (): Crypto => (crypto ??= load<Crypto>('node:crypto'))
export const nodeChildProcess = (): ChildProcess => (childProcess ??= load<ChildProcess>('node:child_process'))
