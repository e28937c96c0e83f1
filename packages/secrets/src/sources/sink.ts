/** Where a source (a git log, the index, a folder) delivers what it reads. */
export interface CommitInfo {
  sha: string
  author: string
  email: string
  date: string
}

export interface ScanSink {
  commit(info: CommitInfo): void
  /** a file's added lines follow; false when the file is skipped */
  startFile(path: string): boolean
  line(text: string, lineNumber: number): void
  endFile(): void
  /** a binary file was met (counted, not read) */
  binary(path: string): void
  /** a file the source itself skipped: over the size limit, binary or minified */
  skipped(path: string, reason: 'binary' | 'too-large' | 'minified'): void
  /** bytes read from the source */
  bytes(count: number): void
}

/** A sink that also takes a whole file's bytes instead of its lines (tree scans), between startFile and endFile. */
export interface FileSink extends ScanSink {
  /** whether a file is to be read at all: false for a path the scan leaves out (counted), asked before it is opened */
  accepts(path: string): boolean
  content(bytes: Uint8Array): void
}
