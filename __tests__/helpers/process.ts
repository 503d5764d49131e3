/** The real process runner for tests, over this test process's environment. */
import { createProcessRunner } from '../../src/util/process.js'

/** Runs programs with the test process's environment, as a real run would with its own. */
export const runProcess = createProcessRunner(process.env)
