import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A `gh` on PATH that logs its arguments and stdin, and answers the API calls the workflows make. */
export function fakeGh(answers: { headSha?: string; comments?: string } = {}): { dir: string; log: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-gh-'))
  const log = join(dir, 'gh.log')
  writeFileSync(
    join(dir, 'gh'),
    `#!/bin/bash
printf 'ARGS %s\\n' "$*" >> "${log}"
if [[ " $* " == *" --input - "* ]]; then printf 'STDIN %s\\n' "$(jq -c .)" >> "${log}"; fi
case "$*" in
  *"--jq .head.sha"*) echo "${answers.headSha ?? ''}" ;;
  *"--paginate"*) echo '${answers.comments ?? '[]'}' ;;
esac
`
  )
  chmodSync(join(dir, 'gh'), 0o755)
  writeFileSync(log, '')
  return { dir, log: () => readFileSync(log, 'utf8') }
}
