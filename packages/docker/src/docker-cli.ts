import { ConfigurationError, runProcess, type Logger, type ProcessResult, type SecretRegistry } from '@ci-suite/core'
import { dockerFailure, type FailureContext } from './failures.js'

export interface DockerCliOptions {
  /** the environment docker runs in: DOCKER_HOST, DOCKER_CONFIG and the runner's ACTIONS_* for the gha cache */
  env: Record<string, string | undefined>
  cwd: string
  secrets: SecretRegistry
  logger: Logger
  /** for error messages */
  registry: string
  image: string
  username?: string
  timeoutMs?: number
}

export interface DaemonInfo {
  version: string
  os: string
  arch: string
}

/** The docker command line, run with a redacting logger; every failure becomes one clear error. */
export class DockerCli {
  constructor(private readonly options: DockerCliOptions) {}

  get dockerHost(): string {
    return this.options.env.DOCKER_HOST || 'unix:///var/run/docker.sock'
  }

  /** Runs docker; returns the result whatever the exit code (only a missing executable throws). */
  async exec(args: string[], input?: string): Promise<ProcessResult> {
    const { env, cwd, logger, secrets } = this.options
    logger.info(`$ docker ${secrets.redact(args.join(' '))}`)
    const result = await runProcess('docker', args, {
      env,
      cwd,
      input,
      timeoutMs: this.options.timeoutMs ?? 60 * 60_000
    })
    if (result.notFound) {
      throw new ConfigurationError(
        'docker is not installed on this runner: use a Linux runner with Docker (ubuntu-latest has it)'
      )
    }
    const output = secrets.redact(`${result.stdout}${result.stderr}`).trim()
    if (output) logger.info(output)
    return result
  }

  /** Runs docker and throws the classified error when it fails. */
  async run(args: string[], phase: FailureContext['phase'], input?: string): Promise<ProcessResult> {
    const result = await this.exec(args, input)
    if (result.exitCode !== 0 || result.timedOut) throw this.failure(phase, result)
    return result
  }

  failure(phase: FailureContext['phase'], result: ProcessResult): Error {
    const { secrets, registry, image, username } = this.options
    const output = secrets.redact(`${result.stdout}\n${result.stderr}`)
    return dockerFailure({
      phase,
      output,
      exitCode: result.exitCode,
      registry,
      image,
      username,
      dockerHost: this.dockerHost
    })
  }

  async daemon(): Promise<DaemonInfo> {
    const result = await this.run(
      ['version', '--format', '{{.Server.Version}} {{.Server.Os}} {{.Server.Arch}}'],
      'daemon'
    )
    const [version = '', os = 'linux', arch = 'amd64'] = result.stdout.trim().split(/\s+/)
    return { version, os, arch }
  }

  /** The buildx version, or undefined when the plugin is missing. */
  async buildxVersion(): Promise<string | undefined> {
    const result = await this.exec(['buildx', 'version'])
    if (result.exitCode !== 0) return undefined
    return /v?(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim()
  }

  /** `docker login --password-stdin`: the password goes through stdin, never onto a command line. */
  async login(registry: string, username: string, password: string): Promise<void> {
    await this.run(['login', '--username', username, '--password-stdin', registry], 'login', password)
  }

  async logout(registry: string): Promise<void> {
    await this.exec(['logout', registry])
  }
}
