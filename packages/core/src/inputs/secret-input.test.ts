import { expect, test } from '@jest/globals'
import { InputReader, mapInputSource } from './reader.js'
import { readSecretInput } from './secret-input.js'

test('a secret input is read and recorded by name, but never kept among the given values', () => {
  const value = ['s3cr', 'et-', 'value'].join('')
  const reader = new InputReader(mapInputSource({ password: ` ${value} `, image: 'x' }))
  expect(readSecretInput(reader, 'password')).toBe(value)
  expect(reader.string('image')).toBe('x')
  expect(reader.names.has('password')).toBe(true)
  expect([...reader.given.keys()]).toEqual(['image'])
  expect(readSecretInput(new InputReader(mapInputSource({})), 'password')).toBeUndefined()
})
