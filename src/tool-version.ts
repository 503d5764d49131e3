/**
 * This tool's own version, from package.json. The bundler inlines it at bundle time, so the
 * bundle answers `--tool-version` without a package.json beside it.
 */
import packageJson from '../package.json' with { type: 'json' }

/** The version of vllm-cpu-publish (package.json's `version`). */
export const TOOL_VERSION: string = packageJson.version
