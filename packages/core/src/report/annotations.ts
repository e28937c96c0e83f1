export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  column?: number
  /** higher shows first when the per-step budget cuts the list */
  priority?: number
}

/** GitHub shows at most 10 annotations of each level per step; the rest are counted, not lost. */
export const ANNOTATIONS_PER_LEVEL = 10

export interface AnnotationSelection {
  shown: Annotation[]
  omitted: Record<AnnotationLevel, number>
}

export function selectAnnotations(annotations: Annotation[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationSelection {
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const shown: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = annotations
      .map((a, index) => ({ a, index }))
      .filter(x => x.a.level === level)
      .sort((x, y) => (y.a.priority ?? 0) - (x.a.priority ?? 0) || x.index - y.index)
    shown.push(...ofLevel.slice(0, perLevel).map(x => x.a))
    omitted[level] = Math.max(0, ofLevel.length - perLevel)
  }
  return { shown, omitted }
}
