// "Did you mean" suggestions for typos in keys and enum values.

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one (`fial`). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1)
      }
      rows[i][j] = best
    }
  }
  return rows[a.length][b.length]
}

/**
 * The candidate closest to `word` (ignoring case), or undefined when none is close enough to be
 * a plausible typo: at most one edit per three characters (or `maxEdits`), and at least one allowed.
 */
export function closest(
  word: string,
  candidates: readonly string[],
  maxEdits = Math.floor(word.length / 3)
): string | undefined {
  if (word.length > 100) return undefined
  const folded = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(1, maxEdits) + 1
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** ` Did you mean `X`?` or '' — to append to a message. */
export function didYouMean(word: string, candidates: readonly string[], maxEdits?: number): string {
  const suggestion = closest(word, candidates, maxEdits)
  return suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`
}
