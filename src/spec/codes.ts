// The stable codes of spec diagnostics. Tools and tests match on these, never on messages.

/** Every diagnostic code the spec parser emits, with what it means. */
export const DIAGNOSTIC_CODES = {
  'yaml-syntax': 'the file is not valid YAML (including tabs used as indentation)',
  'duplicate-key': 'a map has the same key twice',
  'too-large': 'the file is over 1 MiB',
  'too-many-aliases': 'the file uses more than 100 YAML aliases (`*name`)',
  'too-deep': 'the file nests collections deeper than any spec needs',
  'empty-spec': 'the file holds no YAML document',
  'bad-version': '`version` is not 1',
  'missing-key': 'a required key is absent',
  'unknown-key': 'a key the spec format does not define (often a typo)',
  'bad-type': 'a value of the wrong type (a list where a map is needed, …)',
  'bad-enum': 'a value outside its set (a state, `other_nodes`, `on_failed`)',
  'bad-value': 'a value outside its range (a negative `max_retry`, an empty label, …)',
  'bad-duration':
    'a duration that is not a number of seconds or `500ms`, `90s`, `15m`, `2h`, `1h30m`',
  'bad-id':
    '`task_id` / `space_id` / `template_id` that is neither a positive integer nor `${VAR}`',
  'empty-list': 'a list that must not be empty (`tasks`, a list of states) is empty',
  'id-and-name': 'a node has both `id` and `name`',
  'missing-id-or-name': 'a node has neither `id` nor `name`',
  'duplicate-task': 'the same task (space and task id) is listed twice',
  'duplicate-node': 'the same node id or name is listed twice in one task',
  'name-needs-space': 'a node is given by `name` in a task without `space_id`',
  'task-source': 'a task has none, or more than one, of `task_id`, `create` and `select`',
  'select-needs-space': 'a `select` task has no `space_id` (on the task or in `defaults`)',
  'select-needs-filter': 'a `select` has no filter',
  'undefined-var': 'a `${VAR}` is defined neither in the vars nor in the environment',
  'bad-var': 'a `${VAR}` does not resolve to a positive integer',
  'internal-error': 'the parser itself failed: a bug, please report it'
} as const

/** A diagnostic code from DIAGNOSTIC_CODES. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES
