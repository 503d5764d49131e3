// Bundles the action (dist/index.js) and the command line (dist/cli/index.js) with @vercel/ncc.
// Run through `npm run bundle`; CI checks that the committed dist/ equals a fresh run.
// ncc type-checks src/ through tsconfig.json; the tests have their own tsconfig.test.json.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = 'node_modules/.bin/ncc'
rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli']
]) {
  const result = spawnSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
