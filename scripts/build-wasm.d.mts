/** The TypeScript module for a .wat source: its bytes as base64, decoded once on import. */
export function wasmModuleSource(watPath: string): Promise<string>
