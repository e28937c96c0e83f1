import { ParseError } from '@ci-suite/core'
import { addLine, detached, emptyFile, type CoverageReport, type FileCoverage, type Producer } from '../model.js'
import { attr, intAttr, streamXml } from './xml-stream.js'

const CONDITION = /\((\d+)\/(\d+)\)/

/**
 * Cobertura XML (coverage-04.dtd) as coverage.py, gcovr, istanbul and coverlet write it. Lines come from
 * `class/lines/line` only: `class/methods/method/lines` repeats them. A file split over several classes (inner
 * classes, coverlet) is one file here. Branches come from `condition-coverage="50% (1/2)"`.
 */
export async function parseCobertura(file: string): Promise<CoverageReport> {
  const files = new Map<string, FileCoverage>()
  const sourceRoots: string[] = []
  let producer: Producer = 'cobertura'
  let current: FileCoverage | undefined
  let inMethods = 0
  let inSource = false
  let sourceText = ''
  let sawRoot = false

  await streamXml(file, {
    comment(text) {
      if (/coverage\.py/.test(text)) producer = 'coverage.py'
    },
    open(tag) {
      switch (tag.name) {
        case 'coverage': {
          sawRoot = true
          const version = attr(tag, 'version') ?? ''
          if (version.startsWith('gcovr')) producer = 'gcovr'
          else if (version === '0.1' && producer === 'cobertura') producer = 'istanbul'
          break
        }
        case 'source':
          inSource = true
          sourceText = ''
          break
        case 'class': {
          const name = attr(tag, 'filename')
          if (!name) throw new ParseError(file, 'a Cobertura <class> has no filename attribute')
          current = files.get(name)
          if (!current) files.set(detached(name), (current = emptyFile(detached(name))))
          break
        }
        case 'methods':
          inMethods++
          break
        case 'line': {
          if (!current || inMethods > 0) break
          const number = intAttr(tag, 'number')
          const hits = intAttr(tag, 'hits')
          if (number === undefined || hits === undefined)
            throw new ParseError(file, 'a Cobertura <line> lacks a numeric number or hits')
          addLine(current, number, hits)
          if (attr(tag, 'branch') === 'true') {
            const m = CONDITION.exec(attr(tag, 'condition-coverage') ?? '')
            if (m) {
              current.branches.setCount(number, Number(m[1]), Number(m[2]))
            }
          }
          break
        }
      }
    },
    text(text) {
      if (inSource) sourceText += text
    },
    close(name) {
      if (name === 'methods') inMethods--
      else if (name === 'class') current = undefined
      else if (name === 'source') {
        inSource = false
        if (sourceText.trim()) sourceRoots.push(sourceText.trim())
      }
    }
  })
  if (!sawRoot) throw new ParseError(file, 'is XML but has no Cobertura <coverage> root')
  return { file, format: 'cobertura', producer, files: [...files.values()], sourceRoots }
}
