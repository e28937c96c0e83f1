export interface Line {
  sku: string
  price: number
  quantity: number
}

export function subtotal(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
}
