import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { wasmModuleSource } from '../../../../scripts/build-wasm.mjs'
import { WasmKeywordPass } from './keyword-pass.js'

describe('the WebAssembly keyword pass', () => {
  test('the bytes the bundle carries are keyword-pass.wat compiled (npm run wasm rewrites them)', async () => {
    const wat = new URL('./keyword-pass.wat', import.meta.url).pathname
    const generated = readFileSync(new URL('./keyword-pass-wasm.ts', import.meta.url), 'utf8')
    expect(generated).toBe(await wasmModuleSource(wat))
  })
})

describe('where the keyword pass runs', () => {
  test('on this Node.js the automaton walks files in WebAssembly (else the comparison tests compare JavaScript with itself)', () => {
    const none = new Uint8Array(256)
    expect(WasmKeywordPass.create(none, [0], 1, 1)).toBeInstanceOf(WasmKeywordPass)
  })
})
