/**
 * The files `prettier --check .` visits: the extensions and file names of prettier's built-in languages
 * (`getSupportInfo().languages` of prettier 3.10), so that lint-gate gives prettier the files its CLI would find in a
 * folder (`.all-contributorsrc`, `.babelrc`, `README`, `*.jsonc`, `*.markdown`, …), not only the common extensions.
 * A file the project's prettier does not know is skipped by it (`--ignore-unknown`, or no inferred parser in library
 * mode), so a list wider than an older prettier's costs nothing.
 */
// prettier-ignore
const EXTENSIONS = [
  'importmap', 'json', '4DForm', '4DProject', 'avsc', 'geojson', 'gltf', 'har', 'ice', 'JSON-tmLanguage',
  'json.example', 'mcmeta', 'sarif', 'slnlaunch', 'tact', 'tfstate', 'tfstate.backup', 'topojson', 'webapp',
  'webmanifest', 'yy', 'yyp', 'jsonc', 'code-snippets', 'code-workspace', 'hujson', 'sublime-build',
  'sublime-color-scheme', 'sublime-commands', 'sublime-completions', 'sublime-keymap', 'sublime-macro',
  'sublime-menu', 'sublime-mousemap', 'sublime-project', 'sublime-settings', 'sublime-theme', 'sublime-workspace',
  'sublime_metrics', 'sublime_session', 'json5', 'js', '_js', 'bones', 'cjs', 'es', 'es6', 'gs', 'jake',
  'javascript', 'jsb', 'jscad', 'jsfl', 'jslib', 'jsm', 'jspre', 'jss', 'mjs', 'njs', 'pac', 'sjs', 'ssjs', 'xsjs',
  'xsjslib', 'start.frag', 'end.frag', 'wxs', 'js.flow', 'jsx', 'ts', 'cts', 'mts', 'tsx', 'handlebars', 'hbs',
  'graphql', 'gql', 'graphqls', 'component.html', 'html', 'hta', 'htm', 'html.hl', 'inc', 'xht', 'xhtml', 'mjml',
  'vue', 'md', 'livemd', 'markdown', 'mdown', 'mdwn', 'mkd', 'mkdn', 'mkdown', 'ronn', 'scd', 'workbook', 'mdx',
  'css', 'wxss', 'pcss', 'postcss', 'less', 'scss', 'yml', 'mir', 'reek', 'rviz', 'sublime-syntax', 'syntax', 'yaml',
  'yaml-tmlanguage', 'yaml.sed', 'yml.mysql'
]

// prettier-ignore
const FILENAMES = [
  'package.json', 'package-lock.json', 'composer.json', '.all-contributorsrc', '.arcconfig', '.auto-changelog',
  '.c8rc', '.htmlhintrc', '.imgbotconfig', '.nycrc', '.releaserc', '.secrets.baseline', '.tern-config',
  '.tern-project', '.watchmanconfig', '.babelrc', '.jscsrc', '.jshintrc', '.jslintrc', '.swcrc', 'Jakefile',
  'start.frag', 'end.frag', 'contents.lr', 'README', '.clang-format', '.clang-tidy', '.clangd', '.eslintrc',
  '.gemrc', 'CITATION.cff', 'glide.lock', 'pixi.lock', '.prettierrc', '.stylelintrc', '.lintstagedrc'
]

export const PRETTIER_FILE_PATTERNS = [`**/*.{${EXTENSIONS.join(',')}}`, `**/{${FILENAMES.join(',')}}`]
