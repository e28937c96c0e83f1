#!/usr/bin/env node
// Rebuilds dist/ from a clean state and fails when it differs from what is committed.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] })
const diff = execFileSync('git', ['diff', '--ignore-space-at-eol', '--text', '--stat', '--', 'dist/'], {
  encoding: 'utf8'
})
const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', 'dist/'], {
  encoding: 'utf8'
})
if (diff.trim() || untracked.trim()) {
  console.error('dist/ is stale: run `npm run build` and commit dist/.')
  if (diff.trim()) console.error(diff)
  if (untracked.trim()) console.error(`not committed:\n${untracked}`)
  process.exit(1)
}
console.log('dist/ matches the sources')
