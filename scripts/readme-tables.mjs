#!/usr/bin/env node
// Generates the inputs and outputs tables of every actions/<name>/README.md from its action.yml, between the markers
// <!-- ci-suite:inputs --> ... <!-- /ci-suite:inputs --> (and the same for outputs). With --check, fails when a
// README is not current, as CI does for dist/.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const check = process.argv.includes('--check')

const cell = text =>
  String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')

function tables(yml) {
  const inputs = Object.entries(yml.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec?.description)} | ${spec?.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${spec?.required ? 'yes' : 'no'} |`
  )
  const outputs = Object.entries(yml.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec?.description)} |`
  )
  return {
    inputs: ['| input | description | default | required |', '| --- | --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| output | description |', '| --- | --- |', ...outputs].join('\n')
  }
}

let stale = []
for (const name of readdirSync(join(root, 'actions')).sort()) {
  const ymlPath = join(root, 'actions', name, 'action.yml')
  const readmePath = join(root, 'actions', name, 'README.md')
  if (!existsSync(ymlPath)) continue
  const generated = tables(parse(readFileSync(ymlPath, 'utf8')))
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${name}\n`
  for (const kind of ['inputs', 'outputs']) {
    const block = `<!-- ci-suite:${kind} -->\n${generated[kind]}\n<!-- /ci-suite:${kind} -->`
    const pattern = new RegExp(`<!-- ci-suite:${kind} -->[\\s\\S]*?<!-- /ci-suite:${kind} -->`)
    readme = pattern.test(readme)
      ? readme.replace(pattern, block)
      : `${readme.trimEnd()}\n\n## ${kind[0].toUpperCase()}${kind.slice(1)}\n\n${block}\n`
  }
  const current = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : ''
  if (current !== readme) {
    if (check) stale.push(readmePath.slice(root.length + 1))
    else writeFileSync(readmePath, readme)
  }
}
if (stale.length) {
  console.error(`not current with their action.yml: ${stale.join(', ')}: run npm run docs and commit`)
  process.exit(1)
}
console.log(check ? 'action READMEs are current' : 'action READMEs written')
