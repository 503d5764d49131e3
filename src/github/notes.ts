/**
 * Release notes: generated from what the run knows (package, variant, version, each wheel's
 * sha256, the install command, verify results when the pipeline has them) plus the user's text.
 */

/** The extra index that carries CPU builds of PyTorch, which vLLM CPU wheels depend on. */
export const PYTORCH_CPU_INDEX = 'https://download.pytorch.org/whl/cpu'

/** What verify found for one wheel, when the pipeline ran it before release. */
export interface VerifySummary {
  readonly filename: string
  readonly sha256: string
  /** The index the wheel was installed from for verification. */
  readonly indexUrl?: string
  readonly vllmVersion?: string
  readonly torchVersion?: string
  /** Empty or undefined when the installed PyTorch is CPU-only. */
  readonly torchCuda?: string
}

/** Everything the notes are made from. */
export interface NotesInput {
  readonly packageName: string
  readonly variant: string
  readonly version: string
  readonly wheels: readonly { readonly filename: string; readonly sha256: string }[]
  readonly verify: readonly VerifySummary[]
  /** The user's `release-notes` text, appended as it is. */
  readonly extra: string
}

/** The install command a user of this release runs. */
export function installCommand(packageName: string, version: string): string {
  return `pip install ${packageName}==${version} --extra-index-url ${PYTORCH_CPU_INDEX}`
}

/** Renders the release body as GitHub-flavoured Markdown. */
export function renderNotes(input: NotesInput): string {
  const lines = [
    `**${input.packageName}** ${input.version}, CPU variant \`${input.variant}\`.`,
    '',
    '### Install',
    '',
    '```bash',
    installCommand(input.packageName, input.version),
    '```',
    '',
    '### Files',
    '',
    '| wheel | sha256 |',
    '|---|---|',
    ...input.wheels.map(wheel => `| \`${wheel.filename}\` | \`${wheel.sha256}\` |`)
  ]
  if (input.verify.length > 0) {
    lines.push('', '### Verified', '')
    for (const result of input.verify) {
      const facts = [
        result.vllmVersion ? `vLLM ${result.vllmVersion}` : '',
        result.torchVersion
          ? `torch ${result.torchVersion} (${result.torchCuda ? `CUDA ${result.torchCuda}` : 'CPU'})`
          : '',
        result.indexUrl ? `installed from ${result.indexUrl}` : ''
      ].filter(fact => fact !== '')
      lines.push(
        `- \`${result.filename}\` (sha256 \`${result.sha256.slice(0, 12)}…\`)` +
          (facts.length > 0 ? `: ${facts.join(', ')}` : '')
      )
    }
  }
  const extra = input.extra.trim()
  if (extra !== '') lines.push('', extra)
  return lines.join('\n') + '\n'
}
