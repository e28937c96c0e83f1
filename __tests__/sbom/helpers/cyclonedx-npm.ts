import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CYCLONEDX_NPM_CLI = fileURLToPath(
  new URL('../../../node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js', import.meta.url)
)

export interface CycloneDxBom {
  metadata: { component: { 'bom-ref': string } }
  components: Array<{ 'bom-ref': string; purl: string; scope?: string }>
  dependencies: Array<{ ref: string; dependsOn?: string[] }>
}

/** The BOM @cyclonedx/cyclonedx-npm writes for the project in `dir` from its lockfile alone (runtime scope by default). */
export function cyclonedxNpm(dir: string, options: { includeDev?: boolean } = {}): CycloneDxBom {
  const output = join(dir, options.includeDev ? 'cyclonedx-npm-all.cdx.json' : 'cyclonedx-npm.cdx.json')
  execFileSync(
    process.execPath,
    [
      CYCLONEDX_NPM_CLI,
      '--package-lock-only',
      ...(options.includeDev ? [] : ['--omit', 'dev']),
      '--flatten-components',
      '--output-reproducible',
      '--of',
      'JSON',
      '-o',
      output
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 }
  )
  return JSON.parse(readFileSync(output, 'utf8')) as CycloneDxBom
}

/** A BOM's graph as `purl -> purl` lines (the project itself as `project`), comparable across tools whose bom-refs differ. */
export function purlEdges(bom: CycloneDxBom): string[] {
  const purlOf = new Map(bom.components.map(c => [c['bom-ref'], c.purl]))
  purlOf.set(bom.metadata.component['bom-ref'], 'project')
  const edges = new Set<string>()
  for (const node of bom.dependencies) {
    for (const dep of node.dependsOn ?? [])
      edges.add(`${purlOf.get(node.ref) ?? node.ref} -> ${purlOf.get(dep) ?? dep}`)
  }
  return [...edges].sort()
}

export function purlSet(bom: CycloneDxBom): string[] {
  return [...new Set(bom.components.map(c => c.purl))].sort()
}
