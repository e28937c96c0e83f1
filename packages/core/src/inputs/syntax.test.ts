import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../errors.js'
import { InputReader, mapInputSource } from './reader.js'
import { parseBoolean, parseChoice, parseList, parseMapping, parseNumber } from './syntax.js'

describe('list inputs', () => {
  test.each([
    ['a, b,c', ['a', 'b', 'c']],
    ['a\nb\n\n c ', ['a', 'b', 'c']],
    ['a,\n b ,\n,c', ['a', 'b', 'c']],
    ['  ', []]
  ])('splits %j on commas and newlines, trimmed, empties dropped', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected)
  })
})

describe('mapping inputs', () => {
  test('keeps colons inside a value and drops quotes', () => {
    const m = parseMapping('flake8: --max-line-length=120\nurl: "http://x:1/a"\n# comment\n', 'args')
    expect(Object.fromEntries(m)).toEqual({ flake8: '--max-line-length=120', url: 'http://x:1/a' })
  })
  test('reads a block scalar under a key', () => {
    const m = parseMapping('files: |\n  a.xml\n  b.xml\nmin: 80', 'gate')
    expect(m.get('files')).toBe('a.xml\nb.xml')
    expect(m.get('min')).toBe('80')
  })
  test('rejects a line that is not key: value, naming the input and the line', () => {
    expect(() => parseMapping('just words', 'args')).toThrow('args must be "key: value" lines; line 1 is "just words"')
  })
  test('rejects a key given twice', () => {
    expect(() => parseMapping('a: 1\na: 2', 'args')).toThrow(ConfigurationError)
  })
})

describe('scalar inputs', () => {
  test('a bad choice names the input, the allowed values and what it got', () => {
    expect(() => parseChoice('hihg', 'fail-on', ['critical', 'high', 'never'])).toThrow(
      'fail-on must be one of critical, high, never; got "hihg"'
    )
  })
  test.each([
    ['true', true],
    ['false', false],
    ['True', true]
  ])('boolean %s is %s', (raw, expected) => expect(parseBoolean(raw, 'x')).toBe(expected))
  test('a boolean that is not true or false is an error', () => {
    expect(() => parseBoolean('yes', 'install')).toThrow('install must be true or false; got "yes"')
  })
  test('numbers are range-checked and accept a trailing percent sign', () => {
    expect(parseNumber('80%', 'min-coverage', { min: 0, max: 100 })).toBe(80)
    expect(() => parseNumber('120', 'min-coverage', { min: 0, max: 100 })).toThrow(
      'min-coverage must be a number from 0 to 100; got "120"'
    )
    expect(() => parseNumber('ten', 'n', { integer: true })).toThrow('n must be a whole number; got "ten"')
  })
})

describe('the input reader', () => {
  test('treats an empty or whitespace value as not given and records what it read', () => {
    const reader = new InputReader(mapInputSource({ a: '  ', b: 'x' }))
    expect(reader.string('a', 'fallback')).toBe('fallback')
    expect(reader.string('b', 'fallback')).toBe('x')
    expect([...reader.names]).toEqual(['a', 'b'])
    expect(Object.fromEntries(reader.given)).toEqual({ b: 'x' })
  })
})
