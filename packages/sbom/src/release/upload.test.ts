import { expect, test } from '@jest/globals'
import { uploadsBaseUrl } from './upload.js'

test.each([
  [
    'https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}',
    'https://api.github.com',
    'https://uploads.github.com'
  ],
  [
    'https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets{?name,label}',
    'https://ghe.example.com/api/v3',
    'https://ghe.example.com/api/uploads'
  ],
  [undefined, 'https://api.github.com', 'https://uploads.github.com'],
  [undefined, 'https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/uploads']
])('the uploads host of %s (API %s) is %s', (uploadUrl, apiUrl, expected) => {
  expect(uploadsBaseUrl(uploadUrl, apiUrl)).toBe(expected)
})
