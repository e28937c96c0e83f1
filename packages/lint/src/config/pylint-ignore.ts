import { iniSection, optionList, pyprojectTable } from './python-config.js'
import { readText } from './read-text.js'
import { pythonRegexToJs } from './python-regex.js'

/**
 * The main options of the configuration file pylint reads from the working directory: the first of pylintrc,
 * .pylintrc, pyproject.toml [tool.pylint.*], setup.cfg [pylint.*], tox.ini [pylint.*].
 */
export function pylintMainOptions(cwd: string): Record<string, unknown> | undefined {
  for (const file of ['pylintrc', '.pylintrc', 'pyproject.toml', 'setup.cfg', 'tox.ini']) {
    if (file === 'pyproject.toml') {
      const table = pyprojectTable(cwd, 'pylint')
      if (table) return { ...(table.master as object), ...(table.main as object) }
      continue
    }
    const text = readText(cwd, file)
    if (text === undefined) continue
    const rcFile = file.includes('pylintrc')
    if (!rcFile && !/^\[pylint\./im.test(text)) continue
    const prefix = rcFile ? '' : 'pylint.'
    const sections = [`${prefix}MASTER`, `${prefix}MAIN`].map(s => iniSection(text, s))
    return Object.fromEntries(sections.flatMap(s => (s ? [...s] : [])))
  }
  return undefined
}

/**
 * pylint's `ignore` (base names) and `ignore-patterns` (regular expressions on base names) skip the folders it walks;
 * a file named on the command line is checked unless its own base name matches. lint-gate names files, so it drops
 * those under an ignored folder as `pylint .` would (`ignore-paths` pylint applies to named files itself).
 */
export function pylintIgnores(cwd: string): ((file: string) => boolean) | undefined {
  const options = pylintMainOptions(cwd)
  if (!options) return undefined
  const names = new Set(optionList(options.ignore))
  const patterns = optionList(options['ignore-patterns'])
    .map(pythonRegexToJs)
    .filter((r): r is RegExp => r !== undefined)
  if (!names.size && !patterns.length) return undefined
  // pylint matches a pattern at the start of the base name (re.match)
  const anchored = patterns.map(r => new RegExp(`^(?:${r.source})`))
  return file => file.split('/').some(part => names.has(part) || anchored.some(r => r.test(part)))
}
