// Hard limits on spec files, so that a hostile or broken file is refused before it costs memory.

/** Largest spec accepted, in UTF-8 bytes. Real specs are a few KiB; 1 MiB leaves ample room. */
export const MAX_SPEC_BYTES = 1024 * 1024

/** Most YAML aliases accepted: each alias can double the expanded size (a "billion laughs"). */
export const MAX_ALIASES = 100

/** Deepest flow nesting, or block indicators on one line, accepted. A spec needs about 6. */
export const MAX_NESTING = 64
