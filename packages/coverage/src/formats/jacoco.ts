import { ParseError } from '@ci-suite/core'
import { addLine, emptyFile, type CoverageReport, type FileCoverage } from '../model.js'
import { attr, intAttr, streamXml } from './xml-stream.js'

/**
 * JaCoCo XML (report.dtd). Per-file data is `package/sourcefile/line nr mi ci mb cb`: a line is covered when at
 * least one of its instructions ran (ci > 0), as JaCoCo's LINE counter counts it; its branches are mb + cb with cb
 * covered. The file's path is the package path plus the source file name; the mapper finds it under a source root.
 * Methods come from `class/method` with its METHOD counter.
 */
export async function parseJacoco(file: string): Promise<CoverageReport> {
  const files = new Map<string, FileCoverage>()
  let pkg = ''
  let current: FileCoverage | undefined
  let method: string | undefined
  let classFile: FileCoverage | undefined
  let sawRoot = false

  await streamXml(file, {
    open(tag) {
      switch (tag.name) {
        case 'report':
          sawRoot = true
          break
        case 'package':
          pkg = attr(tag, 'name') ?? ''
          break
        case 'class': {
          const source = attr(tag, 'sourcefilename')
          classFile = source ? fileFor(files, pkg, source) : undefined
          break
        }
        case 'method':
          method = `${attr(tag, 'name') ?? '?'}${attr(tag, 'desc') ?? ''}@${attr(tag, 'line') ?? 0}`
          break
        case 'counter':
          if (method && classFile && attr(tag, 'type') === 'METHOD') {
            const functions = classFile.functions ?? (classFile.functions = new Map())
            functions.set(method, Math.max(functions.get(method) ?? 0, intAttr(tag, 'covered') ?? 0))
          }
          break
        case 'sourcefile':
          current = fileFor(files, pkg, attr(tag, 'name') ?? '')
          break
        case 'line': {
          if (!current) break
          const nr = intAttr(tag, 'nr')
          if (nr === undefined) throw new ParseError(file, 'a JaCoCo <line> has no nr attribute')
          const ci = intAttr(tag, 'ci') ?? 0
          const mi = intAttr(tag, 'mi') ?? 0
          if (ci + mi > 0) addLine(current, nr, ci)
          const mb = intAttr(tag, 'mb') ?? 0
          const cb = intAttr(tag, 'cb') ?? 0
          if (mb + cb > 0) current.branches.setCount(nr, cb, mb + cb)
          break
        }
      }
    },
    close(name) {
      if (name === 'sourcefile') current = undefined
      else if (name === 'method') method = undefined
      else if (name === 'class') classFile = undefined
    }
  })
  if (!sawRoot) throw new ParseError(file, 'is XML but has no JaCoCo <report> root')
  return { file, format: 'jacoco', producer: 'jacoco', files: [...files.values()], sourceRoots: [] }
}

function fileFor(files: Map<string, FileCoverage>, pkg: string, name: string): FileCoverage {
  const path = pkg ? `${pkg}/${name}` : name
  let f = files.get(path)
  if (!f) files.set(path, (f = emptyFile(path)))
  return f
}
