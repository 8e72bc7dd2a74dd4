// Small text helpers shared by every stage's messages.

/** `1 task`, `3 tasks`; `many` for irregular plurals. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}

/**
 * Wraps text at spaces so that no line exceeds `width` (a word longer than that keeps its own
 * line); lines after the first start with `indent`.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const prefix = lines.length === 0 ? '' : indent
    if (current !== '' && prefix.length + current.length + 1 + word.length > width) {
      lines.push(prefix + current)
      current = word
    } else {
      current = current === '' ? word : `${current} ${word}`
    }
  }
  if (current !== '') lines.push((lines.length === 0 ? '' : indent) + current)
  return lines.join('\n')
}
