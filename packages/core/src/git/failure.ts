import { ConfigurationError } from '../errors.js'

/** objects git cannot read: a partial clone whose remote is out of reach, or a damaged repository */
const MISSING_OBJECTS = /unable to read [0-9a-f]{7,}|missing blob|bad object|could not fetch [0-9a-f]{7,} from promisor/

/**
 * A git command that failed, in git's own words (its last two lines): the command without its `-c name=value`
 * settings (only the subcommand when the rest is long, as a `git log` format is), and what to do when the clone lacks
 * the objects the command reads.
 */
export function gitFailure(args: string[], exitCode: number | null, stderr: string): ConfigurationError {
  let i = 0
  while (args[i] === '-c') i += 2
  const rest = args.slice(i).join(' ')
  const command = rest.length <= 120 ? rest : (args[i] ?? '')
  const said = stderr.trim().split('\n').slice(-2).join(' ')
  const advice = MISSING_OBJECTS.test(stderr)
    ? ': the clone lacks git objects this step reads (a partial clone, such as actions/checkout with `filter`, whose remote cannot be reached, or a damaged one); check out a full clone (fetch-depth: 0, no filter) and run again'
    : ''
  return new ConfigurationError(`git ${command} failed (exit ${exitCode}): ${said}${advice}`)
}
