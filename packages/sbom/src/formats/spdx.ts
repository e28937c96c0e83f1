import { classifyLicense } from '../licenses/classify.js'
import type { DocumentIdentity, SbomComponent, SbomModel, ToolInfo } from '../model.js'

type Json = Record<string, unknown>

const SPDX_CHECKSUM: Record<string, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512'
}

/**
 * An SPDX 2.3 JSON document. Packages are not analysed file by file (`filesAnalyzed: false`), the purl is the
 * package-manager external reference, and the graph is DESCRIBES (document → project), DEPENDS_ON (project → direct
 * runtime dependencies, package → package) and DEV_DEPENDENCY_OF (direct dev dependency → project). A license that is
 * not an SPDX id or expression becomes a `LicenseRef-` with its text in `hasExtractedLicensingInfos`.
 */
export function writeSpdx(model: SbomModel, identity: DocumentIdentity, tool: ToolInfo): Json {
  const ids = spdxIds(model)
  const extracted = new Map<string, string>()
  const rootId = ids.get(model.project.ref) as string
  const name = `${model.project.name}${model.project.version ? `@${model.project.version}` : ''}`
  const packages = [
    {
      SPDXID: rootId,
      name: model.project.name,
      ...(model.project.version ? { versionInfo: model.project.version } : {}),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'APPLICATION',
      ...(model.project.purl ? { externalRefs: [purlRef(model.project.purl)] } : {})
    },
    ...model.components.map(c => packageJson(c, ids.get(c.ref) as string, extracted))
  ]
  const componentsByRef = new Map(model.components.map(c => [c.ref, c]))
  const relationships: Json[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }
  ]
  for (const ref of model.dependsOn) {
    const component = componentsByRef.get(ref)
    if (!component) continue
    relationships.push(
      component.scope === 'optional'
        ? { spdxElementId: ids.get(ref), relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: rootId }
        : { spdxElementId: rootId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(ref) }
    )
  }
  for (const component of model.components) {
    for (const dep of component.dependsOn) {
      relationships.push({
        spdxElementId: ids.get(component.ref),
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: ids.get(dep)
      })
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/spdx/spdx-spec/v2.3/schemas/spdx-schema.json',
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(model.project.name)}-${identity.serial}`,
    creationInfo: {
      created: identity.timestamp.replace(/\.\d+Z$/, 'Z'),
      creators: [`Tool: ${tool.name}-${tool.version}`]
    },
    documentDescribes: [rootId],
    packages,
    relationships,
    ...(extracted.size > 0
      ? {
          hasExtractedLicensingInfos: [...extracted].map(([licenseId, text]) => ({
            licenseId,
            extractedText: text,
            name: text
          }))
        }
      : {})
  }
}

function packageJson(component: SbomComponent, id: string, extracted: Map<string, string>): Json {
  const fullName = component.group ? `${component.group}/${component.name}` : component.name
  return {
    SPDXID: id,
    name: fullName,
    versionInfo: component.version,
    downloadLocation: downloadLocation(component),
    filesAnalyzed: false,
    ...(component.hashes.length > 0
      ? { checksums: component.hashes.map(h => ({ algorithm: SPDX_CHECKSUM[h.alg], checksumValue: h.content })) }
      : {}),
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declaredLicense(component.license, extracted),
    copyrightText: 'NOASSERTION',
    externalRefs: [purlRef(component.purl)],
    primaryPackagePurpose: 'LIBRARY'
  }
}

function purlRef(purl: string): Json {
  return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }
}

/** SPDX 2.3 §7.7: a URL, a VCS locator (`git+https://…`), or NOASSERTION. */
function downloadLocation(component: SbomComponent): string {
  const url = component.resolved
  if (url && /^(https?|git\+(https?|ssh|git|file)):\/\/\S+$/.test(url)) return url
  return 'NOASSERTION'
}

function declaredLicense(license: string | undefined, extracted: Map<string, string>): string {
  const choice = classifyLicense(license)
  if (!choice) return 'NOASSERTION'
  if (choice.kind === 'id') return choice.id
  if (choice.kind === 'expression') return choice.expression
  const id = `LicenseRef-${choice.name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unknown'}`
  extracted.set(id, choice.name)
  return id
}

/** `SPDXRef-` + the letters, digits, `.` and `-` of the ref; a counter keeps two refs that sanitise alike apart. */
function spdxIds(model: SbomModel): Map<string, string> {
  const ids = new Map<string, string>()
  const used = new Set<string>(['SPDXRef-DOCUMENT'])
  const assign = (ref: string, base: string) => {
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    ids.set(ref, id)
  }
  assign(model.project.ref, 'SPDXRef-RootPackage')
  for (const component of model.components) {
    const readable = component.purl
      .replace(/^pkg:/, '')
      .replace(/%40/g, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
    assign(component.ref, `SPDXRef-Package-${readable.replace(/^-+|-+$/g, '')}`)
  }
  return ids
}
