import { ConfigurationError, ServiceError, type CiSuiteError } from '@ci-suite/core'

export type DockerPhase = 'daemon' | 'login' | 'builder' | 'build' | 'push'

export interface FailureContext {
  phase: DockerPhase
  /** what docker printed, already redacted */
  output: string
  exitCode: number
  registry: string
  image: string
  username?: string
  dockerHost: string
}

const DAEMON_UNREACHABLE =
  /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|dial unix [^:]+: connect: (no such file|connection refused)|permission denied while trying to connect to the Docker daemon/i
const RATE_LIMITED = /toomanyrequests|too many requests|rate limit|\b429\b/i
const PUSH_DENIED =
  /denied|permission_denied|insufficient_scope|unauthorized|forbidden|not allowed to write|authentication required|\b40[13]\b/i
const LOGIN_REFUSED = /unauthorized|incorrect username or password|authentication required|denied|\b401\b/i
const DOCKERFILE_MISSING =
  /Cannot locate specified Dockerfile|failed to read dockerfile|unable to prepare context|open .*Dockerfile: no such file/i

/** The last few lines of a tool's output, on one line. */
export function outputTail(output: string, lines = 4): string {
  return output
    .trim()
    .split('\n')
    .map(l => l.trim())
    .filter(
      l =>
        l !== '' &&
        !/^WARNING!|^Configure a credential helper|credential-store|^DEPRECATED|Install the buildx|docs\.docker\.com\/go\/buildx/.test(
          l
        )
    )
    .slice(-lines)
    .join(' | ')
}

/** One clear error for a docker command that failed, with the runbooks' fixes. */
export function dockerFailure(f: FailureContext): CiSuiteError {
  const said = outputTail(f.output)
  const saidPart = said ? `; docker said: ${said}` : ''
  if (DAEMON_UNREACHABLE.test(f.output)) {
    return new ServiceError(
      `cannot reach the Docker daemon at ${f.dockerHost}: start it (on a runner, use a Linux runner with Docker) or point DOCKER_HOST at it, then re-run${saidPart}`
    )
  }
  if (RATE_LIMITED.test(f.output)) {
    // anonymous pulls (of base images) have the lowest limits; a login or a push is limited per account
    const advice =
      f.phase === 'build'
        ? 'log in to that registry (anonymous pulls have lower limits), use a mirror, or re-run later'
        : 're-run later, or spread the releases out'
    const who =
      f.phase === 'build' ? 'a registry rate-limited the base image pull' : `${f.registry} rate-limited the ${f.phase}`
    return new ServiceError(`${who}: ${advice}${saidPart}`)
  }
  if (f.phase === 'login' && LOGIN_REFUSED.test(f.output)) {
    return new ConfigurationError(
      `login to ${f.registry} as ${f.username || '(no username)'} failed: the registry refused the credentials; check username and password (for ghcr.io: the workflow's GITHUB_TOKEN with packages: write, or a token with write:packages)${saidPart}`
    )
  }
  if (f.phase === 'push' && PUSH_DENIED.test(f.output)) {
    return new ConfigurationError(
      `${f.registry} denied the push of ${f.image}: grant \`packages: write\` to the workflow (permissions:) and the package's Actions access (package settings → Manage Actions access), and check that the image's owner is this repository's${saidPart}`
    )
  }
  if (f.phase === 'build' && DOCKERFILE_MISSING.test(f.output)) {
    return new ConfigurationError(
      `the Dockerfile or build context could not be read: check the file and context inputs${saidPart}`
    )
  }
  const what = {
    daemon: 'asking the daemon',
    login: 'login',
    builder: 'setting up buildx',
    build: 'the image build',
    push: 'the push'
  }[f.phase]
  return new ConfigurationError(`${what} failed (exit ${f.exitCode})${saidPart}`)
}
