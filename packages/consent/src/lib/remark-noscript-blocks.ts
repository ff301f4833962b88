import type { VFile } from 'vfile'

// The few mdast shapes this plugin reads (the full types are not a dependency of this package).
interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined
}
type Root = MdNode & { children: MdNode[] }
type RootContent = MdNode
type Paragraph = MdNode & { children: MdNode[] }

/**
 * remark plugin: a paragraph made only of raw HTML that opens with `<noscript` becomes one raw HTML
 * block. CommonMark does not count `<noscript>` as a block tag, so `<noscript><p><img …></p></noscript>`
 * (Matomo's and LinkedIn's official fallback) would be parsed inside a `<p>`, where the HTML parser
 * closes the paragraph at the inner `<p>` and moves the tracking pixel out of its noscript: it would
 * then load on every view. As one block the noscript keeps its content.
 */
export function remarkNoscriptBlocks() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    const visit = (parent: { children: RootContent[] }) => {
      parent.children = parent.children.map((child) => {
        if (child.type === 'paragraph' && isNoscriptParagraph(child as Paragraph)) {
          const start = child.position?.start.offset
          const end = child.position?.end.offset
          if (start !== undefined && end !== undefined) return { type: 'html', value: source.slice(start, end), position: child.position }
        }
        if ('children' in child && Array.isArray(child.children) && child.type !== 'paragraph') visit(child as { children: RootContent[] })
        return child
      })
    }
    visit(tree)
  }
}

function isNoscriptParagraph(paragraph: Paragraph): boolean {
  const first = paragraph.children[0]
  if (first?.type !== 'html' || !/^<noscript\b/i.test(first.value ?? '')) return false
  return paragraph.children.every((child) => child.type === 'html' || (child.type === 'text' && (child.value ?? '').trim() === ''))
}
