#!/usr/bin/env node
// `npx ci-suite` in a checkout of ci-suite: the CLI bundle, the same code the actions run.
import '../../../dist/cli/index.js'
