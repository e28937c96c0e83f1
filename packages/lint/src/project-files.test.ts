import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { adapterFor } from './adapters/index.js'
import { ProjectFiles } from './project-files.js'

const FILES: Record<string, string> = {
  'deploy.sh': 'echo deploy\n',
  'script/bootstrap': '#!/usr/bin/env bash\nset -e\n',
  'script/report': '#!/usr/bin/env python3\nprint(1)\n',
  // an extension keeps a file from being read for its #! line
  'tools/run.py': '#!/bin/sh\n',
  README: 'not a script\n'
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-project-files-'))
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the files each tool takes', () => {
  test('a tool that names interpreters takes its patterns’ files and the scripts whose #! line names one, and tells the two apart', () => {
    const project = new ProjectFiles(dir, Object.keys(FILES).sort())
    const found = project.forAdapter(adapterFor('shellcheck')!)
    expect(found.files).toEqual(['deploy.sh', 'script/bootstrap'])
    expect([...found.scripts]).toEqual(['script/bootstrap'])
  })

  test('a tool without interpreters takes its patterns’ files only, and no scripts', () => {
    const project = new ProjectFiles(dir, Object.keys(FILES).sort())
    const found = project.forAdapter(adapterFor('flake8')!)
    expect(found.files).toEqual(['tools/run.py'])
    expect(found.scripts.size).toBe(0)
  })

  test('detection and the run get one answer per tool: a script’s #! line is read once a run', () => {
    const project = new ProjectFiles(dir, Object.keys(FILES).sort())
    const shellcheck = adapterFor('shellcheck')!
    const first = project.forAdapter(shellcheck)
    // were the heads read again, the rewritten file would no longer be a shell script
    writeFileSync(join(dir, 'script/bootstrap'), 'plain text now\n')
    try {
      const second = project.forAdapter(shellcheck)
      expect(second).toBe(first)
      expect(second.files).toContain('script/bootstrap')
      expect(new ProjectFiles(dir, Object.keys(FILES).sort()).forAdapter(shellcheck).files).not.toContain(
        'script/bootstrap'
      )
    } finally {
      writeFileSync(join(dir, 'script/bootstrap'), FILES['script/bootstrap'])
    }
  })
})
