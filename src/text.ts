// Small text helpers shared by every stage's messages.

/** `1 task`, `3 tasks`; `many` for irregular plurals. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
