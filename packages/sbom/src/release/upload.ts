import { ConfigurationError, GitHubRequestError, ServiceError, type GitHubApi } from '@ci-suite/core'

export interface ReleaseTarget {
  owner: string
  repo: string
  /** the release's id when the event names it; else it is looked up by tag */
  releaseId?: number
  tag?: string
  /** the release's `upload_url` (an RFC 6570 template on the uploads host) when known */
  uploadUrl?: string
  /** GITHUB_API_URL, to derive the uploads host when no upload_url is known */
  apiUrl: string
}

export interface ReleaseAsset {
  name: string
  content: Buffer
  contentType: string
}

export type UploadOutcome =
  | { kind: 'uploaded'; tag?: string; replaced: boolean; url?: string }
  /** the token may not write to the release (403): the caller decides whether that fails the step */
  | { kind: 'refused'; status: number; message: string }

interface ReleaseJson {
  id: number
  tag_name?: string
  upload_url?: string
}

interface AssetJson {
  id: number
  name: string
  browser_download_url?: string
}

/**
 * Attaches a file to a release through the REST API, replacing an asset of the same name (the API refuses a
 * duplicate name with 422, so the old one is deleted first). Octokit's upload route needs the uploads host as
 * `baseUrl`: uploads.github.com, or `<host>/api/uploads` on GitHub Enterprise Server.
 */
export async function uploadReleaseAsset(
  github: GitHubApi,
  target: ReleaseTarget,
  asset: ReleaseAsset
): Promise<UploadOutcome> {
  try {
    const release = await findRelease(github, target)
    const existing = await findAsset(github, target, release.id, asset.name)
    if (existing) {
      await github.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: target.owner,
        repo: target.repo,
        asset_id: existing.id
      })
    }
    const response = await github.request<AssetJson>(
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}',
      {
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        name: asset.name,
        data: asset.content,
        baseUrl: uploadsBaseUrl(release.upload_url ?? target.uploadUrl, target.apiUrl),
        headers: { 'content-type': asset.contentType, 'content-length': asset.content.length }
      }
    )
    // a cut or garbled answer (a proxy, a reset mid-body) is no proof that the asset is there
    if (typeof response.data?.id !== 'number')
      throw new ServiceError('GitHub answered the release upload with something other than an asset: try again later')
    return {
      kind: 'uploaded',
      tag: release.tag_name ?? target.tag,
      replaced: existing !== undefined,
      url: response.data?.browser_download_url
    }
  } catch (error) {
    if (error instanceof GitHubRequestError && error.status === 403)
      return { kind: 'refused', status: 403, message: error.message }
    throw error
  }
}

async function findRelease(github: GitHubApi, target: ReleaseTarget): Promise<ReleaseJson> {
  if (target.releaseId) return { id: target.releaseId, tag_name: target.tag, upload_url: target.uploadUrl }
  if (!target.tag) throw new ConfigurationError('no release to upload to: run on a release event or give release-tag')
  try {
    const response = await github.request<ReleaseJson>('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
      owner: target.owner,
      repo: target.repo,
      tag: target.tag
    })
    if (typeof response.data?.id !== 'number')
      throw new ServiceError(`GitHub answered the release lookup for ${target.tag} with something other than a release`)
    return response.data
  } catch (error) {
    if (error instanceof GitHubRequestError && error.status === 404) {
      throw new ConfigurationError(
        `no release with the tag ${target.tag} in ${target.owner}/${target.repo}: create the release first or fix release-tag`
      )
    }
    throw error
  }
}

async function findAsset(
  github: GitHubApi,
  target: ReleaseTarget,
  releaseId: number,
  name: string
): Promise<AssetJson | undefined> {
  for (let page = 1; page <= 10; page++) {
    const response = await github.request<AssetJson[]>('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
      owner: target.owner,
      repo: target.repo,
      release_id: releaseId,
      per_page: 100,
      page
    })
    if (!Array.isArray(response.data))
      throw new ServiceError('GitHub answered the release asset list with something other than a list: try again later')
    const assets = response.data
    const found = assets.find(a => a.name === name)
    if (found) return found
    if (assets.length < 100) return undefined
  }
  return undefined
}

/** `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}` → `https://uploads.github.com`. */
export function uploadsBaseUrl(uploadUrl: string | undefined, apiUrl: string): string {
  const fromRelease = uploadUrl ? /^(.*?)\/repos\//.exec(uploadUrl)?.[1] : undefined
  if (fromRelease) return fromRelease
  const api = apiUrl.replace(/\/$/, '')
  if (api === 'https://api.github.com') return 'https://uploads.github.com'
  // GitHub Enterprise Server: https://host/api/v3 → https://host/api/uploads
  return api.replace(/\/api\/v3$/, '/api/uploads')
}
