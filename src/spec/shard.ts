// Shard selection (`i/n`): a deterministic slice of the tasks for a matrix fan-out.

/** Parses `i/n` (1-based, 1 <= i <= n). */
export function parseShard(text: string): { index: number; count: number } | { error: string } {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text)
  if (!match) return { error: 'shard must look like `i/n`, e.g. `2/4`.' }
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1) return { error: 'shard: n must be at least 1.' }
  if (index < 1 || index > count) return { error: `shard: i must be between 1 and ${count}.` }
  return { index, count }
}

/**
 * The 1-based shard of a task key: FNV-1a (32-bit) of the key, modulo the count. It depends on
 * the key alone, so a task stays in its shard however the file is reordered or grows.
 */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % Math.max(1, Math.floor(count))) + 1
}
