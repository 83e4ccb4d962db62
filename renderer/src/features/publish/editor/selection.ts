/**
 * Where a DOM selection falls in the narrative's text. Every piece of text the redaction view
 * renders sits directly in an element carrying data-start (its offset in the whole text), so a
 * text node's offset maps back to the document whatever the highlighting around it.
 */

function offsetOf(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const owner = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!owner) return null;
    return Number(owner.dataset.start) + offset;
  }
  if (!(node instanceof HTMLElement)) return null;
  const child = node.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.start !== undefined) return Number(child.dataset.start);
  if (child?.nodeType === Node.TEXT_NODE) return offsetOf(child, 0);
  const owner = node.closest<HTMLElement>('[data-end]');
  return owner ? Number(owner.dataset.end) : null;
}

/** The selected range inside `container`, in text offsets; null when nothing there is selected. */
export function selectionIn(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || start === end) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
