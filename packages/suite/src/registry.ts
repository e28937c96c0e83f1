import { ConfigurationError, type ActionDefinition } from '@ci-suite/core'

type Loader = () => Promise<ActionDefinition>

/**
 * The actions this build of the suite contains. Each loads on first use (a dynamic import, so a bundle starts
 * with only the code of the action it runs).
 */
export const ACTIONS: Record<string, Loader> = {
  'lint-gate': async () => (await import('@ci-suite/lint')).definition as ActionDefinition,
  'secret-scan': async () => (await import('@ci-suite/secrets')).definition as ActionDefinition,
  audit: async () => (await import('@ci-suite/audit')).definition as ActionDefinition,
  'coverage-gate': async () => (await import('@ci-suite/coverage')).definition as ActionDefinition,
  sbom: async () => (await import('@ci-suite/sbom')).definition as ActionDefinition,
  'docker-release': async () => (await import('@ci-suite/docker')).definition as ActionDefinition
}

export function actionNames(): string[] {
  return Object.keys(ACTIONS)
}

export async function loadAction(name: string): Promise<ActionDefinition> {
  const load = ACTIONS[name]
  if (!load)
    throw new ConfigurationError(
      `there is no action named ${JSON.stringify(name)}; the actions are ${actionNames().join(', ')}`
    )
  return load()
}
