import { expect, test } from '@jest/globals'
import { ociLabels, repositoryFacts } from './labels.js'

const created = new Date('2026-11-22T10:00:00.000Z')

test('the OCI labels come from the repository and the build, sorted, and the user’s labels win', () => {
  const facts = repositoryFacts(
    {
      repository: {
        name: 'demo',
        description: 'A demo',
        html_url: 'https://github.com/octo/demo',
        license: { spdx_id: 'Apache-2.0' }
      }
    },
    'fallback'
  )
  const labels = ociLabels({ ...facts, version: '1.2.3', revision: 'abc', created }, [
    'org.opencontainers.image.title=Demo service',
    'team=platform'
  ])
  expect(Object.fromEntries(labels)).toEqual({
    'org.opencontainers.image.created': '2026-11-22T10:00:00.000Z',
    'org.opencontainers.image.description': 'A demo',
    'org.opencontainers.image.licenses': 'Apache-2.0',
    'org.opencontainers.image.revision': 'abc',
    'org.opencontainers.image.source': 'https://github.com/octo/demo',
    'org.opencontainers.image.title': 'Demo service',
    'org.opencontainers.image.url': 'https://github.com/octo/demo',
    'org.opencontainers.image.version': '1.2.3',
    team: 'platform'
  })
  expect([...labels.keys()]).toEqual([...labels.keys()].sort())
})

test('without a payload the title is the repository name and unknown labels are left out', () => {
  const labels = ociLabels(
    { ...repositoryFacts({ repository: { license: { spdx_id: 'NOASSERTION' } } }, 'demo'), revision: 'abc', created },
    []
  )
  expect([...labels.keys()]).toEqual([
    'org.opencontainers.image.created',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.title'
  ])
})

test('a label line without = is refused', () => {
  expect(() => ociLabels({ repositoryName: 'x', revision: 'a', created }, ['team'])).toThrow(
    'labels: each line is key=value, got "team"'
  )
})
