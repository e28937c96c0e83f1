import { describe, expect, test } from '@jest/globals'
import { readPyprojectText } from './project.js'

describe('readPyprojectText', () => {
  test.each([
    [
      '[project] wins over [tool.poetry]',
      '[tool.poetry]\nname = "old"\nversion = "1"\n\n[project]\nname = "new"\nversion = "2"\n',
      { name: 'new', version: '2' }
    ],
    [
      '[tool.poetry] when there is no [project]',
      "[tool.poetry]\nname = 'svc'\nversion = '0.4.0'\n",
      { name: 'svc', version: '0.4.0' }
    ],
    [
      'a dynamic version is no version',
      '[project]\nname = "dyn"\ndynamic = ["version"]\n',
      { name: 'dyn', version: undefined }
    ],
    [
      'keys of other tables are not taken',
      '[tool.black]\nversion = "x"\n[project]\nname = "p"\n[tool.other]\nname = "q"\n',
      { name: 'p', version: undefined }
    ]
  ])('%s', (_name, text, expected) => {
    expect(readPyprojectText(text)).toEqual(expected)
  })

  test('a file without a project table names nothing', () => {
    expect(readPyprojectText('[tool.ruff]\nline-length = 120\n')).toBeUndefined()
  })
})
