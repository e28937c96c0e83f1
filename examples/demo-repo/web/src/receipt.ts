import { subtotal, type Line } from './cart'

export function receipt(lines: Line[]): string {
  const total: number = subtotal(lines).toFixed(2)
  return `Total: ${total}`
}
