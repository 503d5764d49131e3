/** Targets from the repository and index-url inputs. */
import { describe, expect, it } from '@jest/globals'
import { resolveTarget } from '../../src/pypi/targets.js'
import { GateError } from '../../src/util/errors.js'

describe('resolveTarget', () => {
  it('knows PyPI and TestPyPI, with their JSON API and OIDC origin', () => {
    expect(resolveTarget('pypi')).toMatchObject({
      kind: 'pypi',
      uploadUrl: 'https://upload.pypi.org/legacy/',
      jsonApiUrl: 'https://pypi.org/pypi/',
      oidcOrigin: 'https://pypi.org'
    })
    expect(resolveTarget('testpypi')).toMatchObject({
      uploadUrl: 'https://test.pypi.org/legacy/',
      simpleUrl: 'https://test.pypi.org/simple/',
      jsonApiUrl: 'https://test.pypi.org/pypi/'
    })
  })

  it('derives the simple index of a custom upload URL unless index-url is given', () => {
    expect(resolveTarget('https://pypi.example.com/legacy/')).toMatchObject({
      kind: 'url',
      simpleUrl: 'https://pypi.example.com/simple/',
      jsonApiUrl: null,
      oidcOrigin: 'https://pypi.example.com'
    })
    expect(resolveTarget('http://127.0.0.1:8080/')).toMatchObject({
      simpleUrl: 'http://127.0.0.1:8080/simple/'
    })
    expect(resolveTarget('http://h/upload', 'http://h/idx')).toMatchObject({
      simpleUrl: 'http://h/idx/'
    })
  })

  it('maps file:// to a directory and rejects what it cannot use', () => {
    expect(resolveTarget('file:///srv/wheels')).toEqual({
      kind: 'file',
      label: 'file:///srv/wheels',
      directory: '/srv/wheels'
    })
    expect(() => resolveTarget('ftp://x/')).toThrow(GateError)
    expect(() => resolveTarget('not a url')).toThrow(/Invalid repository 'not a url'/)
  })
})
