import { ParseError } from '@ci-suite/core'
import { addLine, counter, emptyFile, type CoverageReport, type FileCoverage, type Producer } from '../model.js'
import { attr, intAttr, streamXml } from './xml-stream.js'

/**
 * Clover XML (OpenClover, and istanbul's `clover` reporter). Each `file` carries its own `<metrics>`: those are the
 * file's totals (statements, conditionals, methods), kept as declared totals. Its `<line>`s give the line detail
 * for patch coverage and merging: `stmt` and `cond` lines are measured lines. A `cond` line's branches are read the
 * way the writer meant them: istanbul writes covered/uncovered branch counts into truecount/falsecount, OpenClover
 * writes how often the condition was true and false (two branches, each covered when its count is above 0).
 */
export async function parseClover(file: string): Promise<CoverageReport> {
  const files: FileCoverage[] = []
  let producer: Producer = 'clover'
  let current: FileCoverage | undefined
  let sawRoot = false

  await streamXml(file, {
    open(tag) {
      switch (tag.name) {
        case 'coverage':
          sawRoot = attr(tag, 'clover') !== undefined || attr(tag, 'generated') !== undefined
          break
        case 'project':
          sawRoot = true
          if (attr(tag, 'name') === 'All files') producer = 'istanbul'
          break
        case 'file': {
          const path = attr(tag, 'path') ?? attr(tag, 'name')
          if (!path) throw new ParseError(file, 'a Clover <file> has neither path nor name')
          current = emptyFile(path)
          files.push(current)
          break
        }
        case 'metrics':
          if (current && !current.declared) {
            const n = (name: string): number => intAttr(tag, name) ?? 0
            current.declared = {
              lines: counter(n('coveredstatements'), n('statements')),
              branches: counter(n('coveredconditionals'), n('conditionals')),
              functions: counter(n('coveredmethods'), n('methods'))
            }
          }
          break
        case 'line': {
          if (!current) break
          const num = intAttr(tag, 'num')
          if (num === undefined) throw new ParseError(file, 'a Clover <line> has no num attribute')
          const count = intAttr(tag, 'count') ?? 0
          const type = attr(tag, 'type')
          if (type === 'method') {
            const functions = current.functions ?? (current.functions = new Map())
            functions.set(`${attr(tag, 'signature') ?? attr(tag, 'name') ?? 'method'}@${num}`, count)
            break
          }
          addLine(current, num, count)
          if (type === 'cond') {
            const t = intAttr(tag, 'truecount') ?? 0
            const f = intAttr(tag, 'falsecount') ?? 0
            if (producer === 'istanbul') current.branches.setCount(num, t, t + f)
            else current.branches.setCount(num, (t > 0 ? 1 : 0) + (f > 0 ? 1 : 0), 2)
          }
          break
        }
      }
    },
    close(name) {
      if (name === 'file') current = undefined
    }
  })
  if (!sawRoot) throw new ParseError(file, 'is XML but has no Clover <coverage clover=…> root')
  return { file, format: 'clover', producer, files, sourceRoots: [] }
}
