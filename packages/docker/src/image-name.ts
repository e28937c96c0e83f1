import { ConfigurationError } from '@ci-suite/core'

/**
 * The image's name without a tag: `ghcr.io/<owner>/<repo>` unless given, plus the suffix, lower-cased (GHCR and
 * Docker Hub refuse upper case in a repository name, a common failure with owners like `MyOrg`).
 */
export function imageName(
  given: string | undefined,
  suffix: string,
  repository: { owner: string; repo: string }
): string {
  let base = given
  if (base === undefined) {
    if (!repository.owner || !repository.repo) {
      throw new ConfigurationError(
        'image is required outside a GitHub repository: give the full name, e.g. ghcr.io/my-org/my-app'
      )
    }
    base = `ghcr.io/${repository.owner}/${repository.repo}`
  }
  const name = `${base}${suffix}`.toLowerCase()
  const lastPart = name.slice(name.lastIndexOf('/') + 1)
  if (lastPart.includes(':') || name.includes('@')) {
    throw new ConfigurationError(
      `image must be a name without a tag or digest (tags come from the tags input), got "${name}"`
    )
  }
  // the repository path grammar of the distribution spec, after an optional registry host[:port]
  const path = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
  const slash = name.indexOf('/')
  const first = slash < 0 ? '' : name.slice(0, slash)
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost'
  const repositoryPath = hasHost ? name.slice(slash + 1) : name
  if (!path.test(repositoryPath)) {
    throw new ConfigurationError(
      `image "${name}" is not a valid image name: lower-case letters, digits and . _ - separators, parts joined by /`
    )
  }
  return name
}

/** The registry host of an image name: `ghcr.io` for `ghcr.io/o/r`, `docker.io` for `o/r` (Docker Hub). */
export function registryHost(image: string): string {
  const slash = image.indexOf('/')
  const first = slash < 0 ? '' : image.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io'
}

/** The repository path inside the registry: `o/r` for `ghcr.io/o/r`, `library/r` for Docker Hub's `r`. */
export function repositoryPath(image: string): string {
  const host = registryHost(image)
  if (host !== 'docker.io' || image.startsWith('docker.io/')) return image.slice(host.length + 1)
  return image.includes('/') ? image : `library/${image}`
}
