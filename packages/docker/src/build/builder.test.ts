import { expect, test } from '@jest/globals'
import { cacheStats } from './builder.js'

test.each([
  [
    'the classic builder',
    'Step 1/3 : FROM scratch\n ---> \nStep 2/3 : COPY a /a\n ---> Using cache\n ---> 1234\nStep 3/3 : LABEL x=y\n ---> Running in 99\n',
    { cached: 1, total: 3 }
  ],
  [
    'BuildKit',
    '#1 [internal] load build definition\n#4 [1/3] FROM docker.io/library/alpine\n#5 [2/3] RUN apk add curl\n#5 CACHED\n#6 [3/3] COPY . .\n#6 DONE 0.1s\n',
    { cached: 1, total: 3 }
  ],
  ['nothing', '', { cached: 0, total: 0 }]
])('cache statistics from %s output', (_what, output, expected) => {
  expect(cacheStats(output)).toEqual(expected)
})
