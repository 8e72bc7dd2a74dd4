// BKFlow's two time formats, in Asia/Shanghai (a fixed +08:00: China has no daylight saving time).

const SHANGHAI_OFFSET_MS = 8 * 3_600_000

function shanghaiParts(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + SHANGHAI_OFFSET_MS)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

/** State-tree time: `2026-08-21 11:40:41 +0800` (space before the offset), for sim second `sec`. */
export function formatStateTime(sec: number, epochMs: number): string {
  return `${shanghaiParts(epochMs + sec * 1000)} +0800`
}

/** get_task_detail time: `2026-08-21 11:40:41+0800` (no space), for sim second `sec`. */
export function formatDetailTime(sec: number, epochMs: number): string {
  return `${shanghaiParts(epochMs + sec * 1000)}+0800`
}

/** A child task's name stamp: `20260821100030` (bkflow-api-2.md §7), for sim second `sec`. */
export function formatCompactTime(sec: number, epochMs: number): string {
  return shanghaiParts(epochMs + sec * 1000).replace(/[- :]/g, '')
}
