// The test suite's OSV-protocol server, bundled by run.mjs so the benchmark serves the same protocol as the tests.
export { OsvServer } from '../../__tests__/audit/osv-server.js'
