import { describe, expect, test } from '@jest/globals'
import { ConfigurationError, ServiceError } from '@ci-suite/core'
import { dockerFailure, type FailureContext } from './failures.js'

const failure = (phase: FailureContext['phase'], output: string) =>
  dockerFailure({
    phase,
    output,
    exitCode: 1,
    registry: 'ghcr.io',
    image: 'ghcr.io/octo/demo',
    username: 'octocat',
    dockerHost: 'unix:///var/run/docker.sock'
  })

// Real messages of docker 20.10–28 and of ghcr.io / Docker Hub.
describe('docker failures become one clear error', () => {
  test.each([
    [
      'daemon',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      ServiceError,
      /^cannot reach the Docker daemon at unix:\/\/\/var\/run\/docker.sock: start it/
    ],
    [
      'build',
      'error during connect: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: no such file or directory',
      ServiceError,
      /^cannot reach the Docker daemon/
    ],
    [
      'build',
      'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading',
      ServiceError,
      /^a registry rate-limited the base image pull: log in to that registry \(anonymous pulls have lower limits\)/
    ],
    [
      'push',
      'received unexpected HTTP status: 429 Too Many Requests',
      ServiceError,
      /^ghcr.io rate-limited the push: re-run later/
    ],
    [
      'push',
      'denied: permission_denied: write_package',
      ConfigurationError,
      /^ghcr.io denied the push of ghcr.io\/octo\/demo: grant `packages: write` to the workflow/
    ],
    [
      'push',
      'denied: installation not allowed to Write organization package',
      ConfigurationError,
      /Manage Actions access/
    ],
    [
      'push',
      'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      ConfigurationError,
      /denied the push/
    ],
    [
      'login',
      'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
      ConfigurationError,
      /^login to ghcr.io as octocat failed: the registry refused the credentials/
    ],
    [
      'login',
      'Error response from daemon: login attempt to http://127.0.0.1:5055/v2/ failed with status: 401 Unauthorized',
      ConfigurationError,
      /^login to ghcr.io as octocat failed/
    ],
    [
      'build',
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /src/Dockerfile: no such file or directory',
      ConfigurationError,
      /^the Dockerfile or build context could not be read/
    ],
    [
      'build',
      "The command '/bin/sh -c make' returned a non-zero code: 2",
      ConfigurationError,
      /^the image build failed \(exit 1\); docker said: The command/
    ]
  ])('%s: "%s"', (phase, output, type, message) => {
    const error = failure(phase as FailureContext['phase'], output)
    expect(error).toBeInstanceOf(type)
    expect(error.message).toMatch(message)
  })

  test('the CLI’s credential-store and legacy-builder notices are not what docker "said"', () => {
    const error = failure(
      'build',
      'WARNING! Your credentials are stored unencrypted\nDEPRECATED: The legacy builder is deprecated\nstep 3 failed'
    )
    expect(error.message).toBe('the image build failed (exit 1); docker said: step 3 failed')
  })
})
