import { describe, expect, test } from '@jest/globals'
import { imageName, registryHost, repositoryPath } from './image-name.js'

const repository = { owner: 'MyOrg', repo: 'Shop' }

describe('image names', () => {
  test.each([
    [undefined, '', 'ghcr.io/myorg/shop'],
    [undefined, '-backend', 'ghcr.io/myorg/shop-backend'],
    [undefined, '-ai-gateway', 'ghcr.io/myorg/shop-ai-gateway'],
    ['ghcr.io/MyOrg/App', '', 'ghcr.io/myorg/app'],
    ['127.0.0.1:5000/team/app', '/worker', '127.0.0.1:5000/team/app/worker'],
    ['docker.io/library/nginx', '', 'docker.io/library/nginx'],
    ['acme/app', '', 'acme/app']
  ])('image %s with suffix "%s" is %s (GHCR refuses upper case)', (given, suffix, expected) => {
    expect(imageName(given, suffix, repository)).toBe(expected)
  })

  test.each([
    ['ghcr.io/octo/app:1.0', 'image must be a name without a tag or digest'],
    ['ghcr.io/octo/app@sha256:abc', 'image must be a name without a tag or digest'],
    ['ghcr.io/octo/my app', 'is not a valid image name'],
    ['ghcr.io/octo/-app', 'is not a valid image name']
  ])('%s is refused: %s', (given, message) => {
    expect(() => imageName(given, '', repository)).toThrow(message)
  })

  test('outside a repository the image must be given', () => {
    expect(() => imageName(undefined, '', { owner: '', repo: '' })).toThrow(
      'image is required outside a GitHub repository'
    )
  })

  test.each([
    ['ghcr.io/octo/app', 'ghcr.io', 'octo/app'],
    ['127.0.0.1:5055/octo/app', '127.0.0.1:5055', 'octo/app'],
    ['localhost/app', 'localhost', 'app'],
    ['octo/app', 'docker.io', 'octo/app'],
    ['nginx', 'docker.io', 'library/nginx']
  ])('%s lives in registry %s as %s', (image, host, path) => {
    expect(registryHost(image)).toBe(host)
    expect(repositoryPath(image)).toBe(path)
  })
})
