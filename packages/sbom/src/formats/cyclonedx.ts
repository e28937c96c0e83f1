import { classifyLicense, type LicenseChoice } from '../licenses/classify.js'
import type { DocumentIdentity, SbomComponent, SbomModel, SbomProject, ToolInfo } from '../model.js'

export type CycloneDxVersion = '1.5' | '1.6'

type Json = Record<string, unknown>

/**
 * A CycloneDX JSON BOM (1.5 or 1.6). Hashes sit on the component (lockfile integrity is the hash of the downloaded
 * artifact; cyclonedx-npm puts it on the distribution reference instead), `metadata.tools` uses the object form
 * (the array form is deprecated since 1.5), and the root component lists the direct dependencies in `dependencies`.
 */
export function writeCycloneDx(
  model: SbomModel,
  identity: DocumentIdentity,
  tool: ToolInfo,
  specVersion: CycloneDxVersion
): Json {
  const refs = new Set(model.components.map(c => c.ref))
  return {
    $schema: `http://cyclonedx.org/schema/bom-${specVersion}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber: `urn:uuid:${identity.serial}`,
    version: 1,
    metadata: {
      timestamp: identity.timestamp,
      lifecycles: [{ phase: 'build' }],
      tools: {
        components: [
          {
            type: 'application',
            name: tool.name,
            version: tool.version,
            externalReferences: [{ type: 'website', url: 'https://github.com/org/ci-suite' }]
          }
        ]
      },
      component: projectComponent(model.project),
      properties: model.lockfiles.map(file => ({ name: 'ci-suite:lockfile', value: file }))
    },
    components: model.components.map(componentJson),
    dependencies: [
      { ref: model.project.ref, dependsOn: model.dependsOn.filter(ref => refs.has(ref)) },
      ...model.components.map(c => ({ ref: c.ref, dependsOn: c.dependsOn }))
    ]
  }
}

function projectComponent(project: SbomProject): Json {
  return {
    type: 'application',
    'bom-ref': project.ref,
    name: project.name,
    ...(project.version ? { version: project.version } : {}),
    ...(project.purl ? { purl: project.purl } : {})
  }
}

function componentJson(component: SbomComponent): Json {
  const licenses = licensesJson(classifyLicense(component.license))
  const references = externalReferences(component)
  return {
    type: 'library',
    'bom-ref': component.ref,
    ...(component.group ? { group: component.group } : {}),
    name: component.name,
    version: component.version,
    scope: component.scope,
    ...(component.hashes.length > 0 ? { hashes: component.hashes.map(h => ({ alg: h.alg, content: h.content })) } : {}),
    ...(licenses ? { licenses } : {}),
    purl: component.purl,
    ...(references.length > 0 ? { externalReferences: references } : {}),
    properties: [
      ...component.files.map(file => ({ name: 'ci-suite:lockfile', value: file })),
      ...(component.direct ? [{ name: 'ci-suite:direct', value: 'true' }] : [])
    ]
  }
}

/** CycloneDX allows a list of licenses (each an id or a name) or exactly one expression. */
function licensesJson(choice: LicenseChoice | undefined): Json[] | undefined {
  if (!choice) return undefined
  if (choice.kind === 'expression') return [{ expression: choice.expression }]
  return [{ license: choice.kind === 'id' ? { id: choice.id } : { name: choice.name } }]
}

/** Where the artifact comes from: a registry or tarball URL is a `distribution`, a git repository a `vcs`. */
function externalReferences(component: SbomComponent): Json[] {
  const url = component.resolved
  if (!url || component.source === 'workspace' || component.source === 'file') return []
  if (component.source === 'git' || /^git(\+[a-z]+)?:/.test(url)) return [{ type: 'vcs', url }]
  if (/^https?:\/\//.test(url)) return [{ type: 'distribution', url }]
  return []
}
