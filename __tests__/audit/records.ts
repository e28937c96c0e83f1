import type { NpmBulkAdvisory, OsvRecord } from './osv-server.js'

/**
 * Advisories shaped like osv.dev's records (GHSA from the GitHub Advisory Database with CVSS v3 or v4 vectors and
 * database_specific.severity; PYSEC from the PyPA database, without severity, aliasing the GHSA).
 */
export const RECORDS: OsvRecord[] = [
  {
    id: 'GHSA-p6mc-m468-83gw',
    modified: '2024-02-16T08:02:11Z',
    summary: 'Prototype Pollution in lodash',
    aliases: ['CVE-2020-8203'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash', purl: 'pkg:npm/lodash' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '3.7.0' }, { fixed: '4.17.19' }] }]
      }
    ],
    database_specific: { severity: 'HIGH', github_reviewed: true, cwe_ids: ['CWE-770', 'CWE-1321'] }
  },
  {
    id: 'GHSA-35jh-r3h4-6jhm',
    modified: '2024-03-01T10:00:00Z',
    summary: 'Command Injection in lodash',
    aliases: ['CVE-2021-23337'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }]
      }
    ],
    database_specific: { severity: 'HIGH' }
  },
  {
    id: 'GHSA-29mw-wpgm-hmr9',
    modified: '2024-03-01T10:00:00Z',
    summary: 'Regular Expression Denial of Service (ReDoS) in lodash',
    aliases: ['CVE-2020-28500'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '4.0.0' }, { fixed: '4.17.21' }] }]
      }
    ],
    database_specific: { severity: 'MODERATE' }
  },
  {
    id: 'GHSA-vh95-rmgr-6w4m',
    modified: '2023-11-01T00:00:00Z',
    summary: 'Prototype Pollution in minimist',
    aliases: ['CVE-2020-7598'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' }],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'minimist' },
        ranges: [
          { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.2.1' }] },
          { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.2.3' }] }
        ]
      }
    ],
    database_specific: { severity: 'MODERATE' }
  },
  {
    id: 'GHSA-h5c8-rqwp-cp95',
    modified: '2024-06-01T00:00:00Z',
    summary: 'Jinja vulnerable to HTML attribute injection when passing user input as keys to xmlattr filter',
    aliases: ['CVE-2024-22195', 'PYSEC-2024-38'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N' }],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'jinja2', purl: 'pkg:pypi/jinja2' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.3' }] }]
      }
    ],
    database_specific: { severity: 'MODERATE' }
  },
  {
    id: 'PYSEC-2024-38',
    modified: '2024-06-02T00:00:00Z',
    details: 'Jinja is an extensible templating engine. Special placeholders in the template allow writing code...',
    aliases: ['CVE-2024-22195', 'GHSA-h5c8-rqwp-cp95'],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'jinja2' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.3' }] }],
        versions: ['3.1.2']
      }
    ]
  },
  {
    id: 'GHSA-h75v-3vvj-5mfj',
    modified: '2024-06-03T00:00:00Z',
    summary: 'Jinja vulnerable to HTML attribute injection when passing user input as keys to xmlattr filter',
    aliases: ['CVE-2024-34064'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N' }],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'jinja2' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4' }] }]
      }
    ],
    database_specific: { severity: 'MODERATE' }
  },
  {
    id: 'GHSA-2gwj-7jmv-h26r',
    modified: '2025-01-10T00:00:00Z',
    summary: 'SQL injection in Django QuerySet.values() on PostgreSQL',
    aliases: ['CVE-2025-0001'],
    severity: [
      { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' },
      { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }
    ],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'django' },
        ranges: [
          { type: 'ECOSYSTEM', events: [{ introduced: '4.2' }, { fixed: '4.2.17' }] },
          { type: 'ECOSYSTEM', events: [{ introduced: '5.0' }, { fixed: '5.0.10' }] }
        ]
      }
    ],
    database_specific: { severity: 'CRITICAL' }
  },
  {
    id: 'PYSEC-2023-100',
    modified: '2023-05-01T00:00:00Z',
    details: 'urllib3 before 1.26.18 does not remove the HTTP request body when a redirect changes the method.',
    aliases: ['CVE-2023-45803'],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'urllib3' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.26.18' }] }]
      }
    ]
  },
  {
    id: 'GHSA-low0-sev0-only',
    modified: '2023-05-01T00:00:00Z',
    summary: 'Information exposure in urllib3 proxy logging',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'urllib3' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.26.6' }] }]
      }
    ],
    database_specific: { severity: 'LOW' }
  },
  {
    id: 'GHSA-with-draw-n000',
    modified: '2023-05-01T00:00:00Z',
    summary: 'Withdrawn advisory',
    withdrawn: '2023-06-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'urllib3' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }]
      }
    ]
  }
]

export const NPM_ADVISORIES: Record<string, NpmBulkAdvisory[]> = {
  lodash: [
    {
      id: 1523,
      url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw',
      title: 'Prototype Pollution in lodash',
      severity: 'high',
      vulnerable_versions: '>=3.7.0 <4.17.19',
      cvss: { score: 7.4, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }
    }
  ],
  minimist: [
    {
      id: 1179,
      url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
      title: 'Prototype Pollution in minimist',
      severity: 'critical',
      vulnerable_versions: '<0.2.4',
      cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
    },
    {
      id: 1180,
      url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
      title: 'Prototype Pollution in minimist',
      severity: 'moderate',
      vulnerable_versions: '>=1.0.0 <1.2.3',
      cvss: { score: 5.6, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' }
    }
  ]
}
