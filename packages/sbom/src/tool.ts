import type { ToolInfo } from './model.js'

/** ci-suite as the SBOM's tool; a unit test keeps the version equal to the package's. */
export const CI_SUITE_TOOL: ToolInfo = { name: 'ci-suite', version: '0.1.0' }
