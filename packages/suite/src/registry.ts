import { ConfigurationError, type ActionDefinition } from '@ci-suite/core'

type Loader = () => Promise<ActionDefinition>

/**
 * The actions this build of the suite contains. Each loads on first use (a dynamic import, so a bundle starts
 * with only the code of the action it runs).
 */
export const ACTIONS: Record<string, Loader> = {}

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
