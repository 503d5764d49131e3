// Releases the action itself: `npm run release -- X.Y.Z [--dry-run] [--push]`.
// Checks the version (semver, greater than the newest vX.Y.Z tag) and a clean work tree, sets
// the version in package.json (and package-lock.json), rebuilds dist/, commits, tags vX.Y.Z and
// moves the major tag (v1) that users pin, so `uses: org/vllm-cpu-publish@v1` follows fixes.
// Every command runs from an argument array (spawnSync), never through a shell.
// RELEASE_BUNDLE_COMMAND, a JSON array (argv), replaces `npm run bundle`: tests use it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const USAGE = 'usage: npm run release -- X.Y.Z [--dry-run] [--push]'
const cwd = process.cwd()

class ReleaseError extends Error {
  constructor(message, hint = '', exitCode = 1) {
    super(message)
    this.hint = hint
    this.exitCode = exitCode
  }
}

// Semantic Versioning 2.0.0, without build metadata: a tag `v1.2.3+x` would sort like v1.2.3.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/

/** `{ major, minor, patch, prerelease }` for a semver string, or null. */
function parseSemver(text) {
  const match = SEMVER.exec(text)
  if (!match) return null
  return {
    text,
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : []
  }
}

function compareIdentifiers(a, b) {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA && numericB) return Math.sign(Number(a) - Number(b))
  if (numericA !== numericB) return numericA ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareSemver(a, b) {
  for (const key of ['major', 'minor', 'patch']) {
    if (a[key] !== b[key]) return Math.sign(a[key] - b[key])
  }
  // A pre-release sorts before its release: 1.0.0-rc.1 < 1.0.0.
  const [preA, preB] = [a.prerelease.length, b.prerelease.length]
  if (preA === 0 || preB === 0) return preA === preB ? 0 : preA === 0 ? 1 : -1
  const length = Math.max(a.prerelease.length, b.prerelease.length)
  for (let i = 0; i < length; i++) {
    if (a.prerelease[i] === undefined) return -1
    if (b.prerelease[i] === undefined) return 1
    const order = compareIdentifiers(a.prerelease[i], b.prerelease[i])
    if (order !== 0) return order
  }
  return 0
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: options.inherit ? 'inherit' : 'pipe'
  })
  if (result.error) {
    throw new ReleaseError(`'${command}' could not be started: ${result.error.message}`)
  }
  if (result.status !== 0 && !options.allowFailure) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim()
    throw new ReleaseError(
      `'${[command, ...args].join(' ')}' failed (exit ${result.status})${output ? `:\n${output}` : ''}`
    )
  }
  return { status: result.status, stdout: (result.stdout ?? '').trim() }
}

const git = (args, options) => run('git', args, options)

function parseArguments(argv) {
  const flags = { dryRun: false, push: false }
  const positional = []
  for (const arg of argv) {
    if (arg === '--dry-run') flags.dryRun = true
    else if (arg === '--push') flags.push = true
    else if (arg === '--help' || arg === '-h') throw new ReleaseError(USAGE, '', 0)
    else if (arg.startsWith('-')) throw new ReleaseError(`unknown option '${arg}'`, USAGE, 2)
    else positional.push(arg)
  }
  if (positional.length !== 1) {
    throw new ReleaseError('give exactly one version', USAGE, 2)
  }
  const text = positional[0].replace(/^v/, '')
  const version = parseSemver(text)
  if (!version) {
    throw new ReleaseError(
      `'${positional[0]}' is not a semver version`,
      'Give MAJOR.MINOR.PATCH, e.g. 1.2.3, or a pre-release such as 1.3.0-rc.1.',
      2
    )
  }
  return { ...flags, version }
}

function checkRepository() {
  const top = git(['rev-parse', '--show-toplevel'], { allowFailure: true })
  if (top.status !== 0 || realpathSync(top.stdout) !== realpathSync(cwd)) {
    throw new ReleaseError(
      `${cwd} is not the root of a git repository`,
      'Run the release from the repository root (npm run release does).'
    )
  }
  if (!existsSync(path.join(cwd, 'package.json'))) {
    throw new ReleaseError(`${cwd} has no package.json`)
  }
  const status = git(['status', '--porcelain', '--untracked-files=normal']).stdout
  if (status) {
    const lines = status.split('\n')
    throw new ReleaseError(
      `the work tree has uncommitted changes:\n${lines.slice(0, 10).join('\n')}` +
        (lines.length > 10 ? `\n... and ${lines.length - 10} more` : ''),
      'Commit or remove them first: a release must be exactly what a commit holds.'
    )
  }
  const branch = git(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })
  if (branch.status !== 0) {
    throw new ReleaseError('HEAD is detached', 'Check out the branch to release from.')
  }
  return branch.stdout
}

/** The newest `vX.Y.Z` tag by semver precedence, or null when there is none. */
function lastReleaseTag() {
  let newest = null
  for (const tag of git(['tag', '--list', 'v*']).stdout.split('\n')) {
    const version = tag ? parseSemver(tag.slice(1)) : null
    if (version && (!newest || compareSemver(version, newest) > 0)) newest = version
  }
  return newest
}

function setPackageVersion(version) {
  const file = path.join(cwd, 'package.json')
  const before = readFileSync(file, 'utf8')
  // Only the version line changes, so the file keeps its formatting.
  const after = before.replace(/("version"\s*:\s*")[^"]*(")/, `$1${version}$2`)
  if (JSON.parse(after).version !== version) {
    throw new ReleaseError('package.json has no top-level "version" field to set')
  }
  writeFileSync(file, after)
  const lockFile = path.join(cwd, 'package-lock.json')
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'))
    lock.version = version
    if (lock.packages?.['']) lock.packages[''].version = version
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`)
  }
}

function bundleCommand() {
  const override = process.env.RELEASE_BUNDLE_COMMAND
  if (!override) return ['npm', 'run', 'bundle']
  let argv
  try {
    argv = JSON.parse(override)
  } catch {
    argv = null
  }
  if (!Array.isArray(argv) || argv.length === 0 || argv.some(a => typeof a !== 'string')) {
    throw new ReleaseError('RELEASE_BUNDLE_COMMAND must be a JSON array of strings (argv)')
  }
  return argv
}

/** The file action.yml runs (runs.main), so a bundle that did not produce it is caught. */
function actionEntry() {
  const file = path.join(cwd, 'action.yml')
  if (!existsSync(file)) return null
  const match = /^runs:\s*\n(?:[ \t]+.*\n)*?[ \t]+main:\s*['"]?([^'"\s]+)/m.exec(
    readFileSync(file, 'utf8')
  )
  return match ? match[1] : null
}

function main() {
  const options = parseArguments(process.argv.slice(2))
  const { version } = options
  const branch = checkRepository()
  const bundle = bundleCommand()
  const last = lastReleaseTag()
  if (last && compareSemver(version, last) <= 0) {
    throw new ReleaseError(
      `${version.text} is not greater than the last release v${last.text}`,
      'Versions only go up: pick a higher one (semver).'
    )
  }
  const tag = `v${version.text}`
  const major = `v${version.major}`
  const moveMajor = version.prerelease.length === 0
  const plan = [
    `set the version in package.json${existsSync(path.join(cwd, 'package-lock.json')) ? ' and package-lock.json' : ''} to ${version.text}`,
    `rebuild dist/ with '${bundle.join(' ')}'`,
    `commit "Release ${tag}" on ${branch}`,
    `tag ${tag}`,
    moveMajor ? `move ${major} to ${tag}` : `leave ${major} where it is (a pre-release)`,
    options.push
      ? `push ${branch}, ${tag}${moveMajor ? ` and ${major} (forced)` : ''} to origin`
      : 'push nothing'
  ]
  const since = last ? `after v${last.text}` : 'the first release'
  if (options.dryRun) {
    console.log(`Dry run: release ${tag} (${since}) would:\n- ${plan.join('\n- ')}`)
    return
  }
  console.log(`Releasing ${tag} (${since}):\n- ${plan.join('\n- ')}`)

  const saved = ['package.json', 'package-lock.json']
    .map(name => path.join(cwd, name))
    .filter(file => existsSync(file))
    .map(file => [file, readFileSync(file)])
  try {
    setPackageVersion(version.text)
    const [command, ...args] = bundle
    run(command, args, { inherit: true })
    const entry = actionEntry()
    if (entry && !existsSync(path.join(cwd, entry))) {
      throw new ReleaseError(`the bundle did not produce ${entry} (action.yml runs.main)`)
    }
  } catch (error) {
    // Leave the tree as it was: a half-made release must not be committed by the next attempt.
    for (const [file, content] of saved) writeFileSync(file, content)
    git(['checkout', '--', 'dist'], { allowFailure: true })
    git(['clean', '-fdq', '--', 'dist'], { allowFailure: true })
    throw error
  }

  const paths = ['package.json', 'package-lock.json', 'dist'].filter(p =>
    existsSync(path.join(cwd, p))
  )
  git(['add', '-A', '--', ...paths])
  const staged = git(['diff', '--cached', '--quiet'], { allowFailure: true }).status !== 0
  if (staged) git(['commit', '-q', '-m', `Release ${tag}`])
  else console.log('Nothing changed in package.json or dist/: tagging the current commit.')
  git(['tag', '-a', tag, '-m', tag])
  if (moveMajor) git(['tag', '-f', '-a', major, '-m', `${major} -> ${tag}`])

  const pushes = [['push', '--atomic', 'origin', branch, `refs/tags/${tag}`]]
  if (moveMajor) pushes.push(['push', '--force', 'origin', `refs/tags/${major}`])
  if (options.push) {
    for (const args of pushes) git(args, { inherit: true })
    console.log(`Released ${tag}${moveMajor ? `; ${major} now points to it` : ''}.`)
  } else {
    console.log(
      `Released ${tag} locally. Push it with:\n${pushes.map(a => `  git ${a.join(' ')}`).join('\n')}`
    )
  }
}

try {
  main()
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error
  const stream = error.exitCode === 0 ? console.log : console.error
  stream(error.exitCode === 0 ? error.message : `release: ${error.message}`)
  if (error.hint) stream(error.hint)
  process.exitCode = error.exitCode
}
