import { existsSync, mkdtempSync, symlinkSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * A temporary DOCKER_CONFIG for this step: the login's credentials live there and go with it at the end (the caller
 * removes it; it sits in the step's temporary folder, which the runner wipes anyway). The user's CLI plugins (buildx),
 * buildx builders and contexts are linked in, so a builder set up earlier in the job still works.
 */
export function temporaryDockerConfig(tempDir: string, env: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tempDir, 'docker-config-'))
  const original = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker')
  for (const entry of ['cli-plugins', 'buildx', 'contexts']) {
    const source = join(original, entry)
    if (existsSync(source)) symlinkSync(source, join(dir, entry))
  }
  return dir
}
