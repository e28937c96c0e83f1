import type { RawPackage } from './build.js'
import { declaredLicense } from './licenses/node-modules.js'

/**
 * One of the project's own packages (a workspace member, a linked folder) as its package.json describes it: its
 * name (else `fallbackName`), version and license. Its dependencies are filled in by the caller.
 */
export function localPackage(
  key: string,
  source: 'workspace' | 'link',
  manifest: Record<string, unknown>,
  fallbackName: string,
  more: Partial<RawPackage> = {}
): RawPackage {
  return {
    key,
    name: typeof manifest.name === 'string' ? manifest.name : fallbackName,
    version: typeof manifest.version === 'string' ? manifest.version : '',
    dependencies: [],
    devDependencies: [],
    hashes: [],
    license: declaredLicense(manifest),
    source,
    ...more
  }
}
