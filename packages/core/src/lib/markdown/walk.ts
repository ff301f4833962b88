import type { Element, Nodes } from 'hast'

/**
 * Calls `visitor` for every element below `node` in document order (as unist-util-visit's
 * `visit(tree, 'element', visitor)` does), with a plain loop: visit builds a parents array per node,
 * which made the renderer's own walks ~1.7 ms of CPU per 8 KB post (see docs/performance.md).
 */
export function eachElement(node: Nodes, visitor: (element: Element) => void): void {
  if (!('children' in node)) return
  for (const child of node.children) {
    if (child.type === 'element') visitor(child)
    eachElement(child, visitor)
  }
}

/** True when a node of `type` occurs below `node`; stops at the first. */
export function contains(node: Nodes, type: Nodes['type']): boolean {
  if (!('children' in node)) return false
  for (const child of node.children) if (child.type === type || contains(child, type)) return true
  return false
}
