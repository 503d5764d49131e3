import { ConsoleLogger } from '../../src/util/console-logger.js'

function capture(colour: boolean, verbose = false) {
  const written: string[] = []
  const logger = new ConsoleLogger({
    colour,
    verbose,
    write: text => void written.push(text),
    now: () => new Date('2026-11-29T17:42:05Z')
  })
  return { logger, written }
}

describe('ConsoleLogger', () => {
  it('timestamps each line and indents the lines of a group', async () => {
    const { logger, written } = capture(false)
    await logger.group('Building', async () => logger.info('step'))
    logger.info('done')
    expect(written).toEqual(['17:42:05 ▸ Building\n', '17:42:05   step\n', '17:42:05 done\n'])
  })

  it('colours warnings on a terminal and not elsewhere', () => {
    const terminal = capture(true)
    terminal.logger.warning('slow index')
    expect(terminal.written[0]).toBe('\u001b[33m17:42:05 warning: slow index\u001b[0m\n')
    const plain = capture(false)
    plain.logger.warning('slow index')
    expect(plain.written[0]).toBe('17:42:05 warning: slow index\n')
  })

  it('masks secrets and shows debug lines only when verbose', () => {
    const quiet = capture(false)
    quiet.logger.mask('pypi-SECRET')
    quiet.logger.info('token pypi-SECRET used')
    quiet.logger.debug('detail')
    expect(quiet.written).toEqual(['17:42:05 token *** used\n'])
    const verbose = capture(false, true)
    verbose.logger.debug('detail')
    expect(verbose.written).toEqual(['17:42:05 debug: detail\n'])
  })
})
