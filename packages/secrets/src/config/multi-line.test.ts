import { describe, expect, test } from '@jest/globals'
import { spansLines } from './multi-line.js'

describe('a custom regex written to match across line breaks', () => {
  test.each([
    // gitleaks' own private-key rule
    ['(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]{64,}?KEY(?: BLOCK)?-----'],
    ['(?s)secret:.{0,100}?value'],
    ['data:(?s:.){0,100}?token'],
    ['BEGIN[\\w\\W]+END'],
    ['curl .*\\\\\\n\\s*-H'],
    ['[^\\n]*\\n[a-z]+']
  ])('%s runs on whole files', source => {
    expect(spansLines(source)).toBe(true)
  })

  test.each([
    // gitleaks' generic rule: \s between a name and its value, within a line
    [
      '(?i)[\\w.-]{0,50}?(?:access|auth|api|key|secret|token)(?:[ \\t\\w.-]{0,20})[\\s\'"]{0,3}(?:=|:{1,3}=|:|=>)[\\x60\'"\\s=]{0,5}([\\w.=-]{10,150})'
    ],
    ['ghp_[0-9a-zA-Z]{36}'],
    ['(?i)internal[_-]token\\s*=\\s*"(itk_[a-z0-9]{24})"'],
    // an escaped backslash before n is no line break
    ['path\\\\name'],
    ['[\\s]+[\\S]+']
  ])('%s runs line by line', source => {
    expect(spansLines(source)).toBe(false)
  })
})
