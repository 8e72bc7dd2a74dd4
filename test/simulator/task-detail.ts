// get_task_detail's `data` for a compiled task (bkflow-api.md §1.4): the TaskInstance columns and
// the execution pipeline_tree whose ids key the state tree's children.

import { hex32, type SimNode, type SimTask } from './compile.js'
import { formatDetailTime } from './time-format.js'

type Json = Record<string, unknown>

function flowId(from: string, to: string): string {
  return 'l' + hex32(from, to).slice(0, 31)
}

/** An activity's `component`: a converted subprocess names the template its child runs. */
function component(node: SimNode, subtasks: readonly SimTask[]): Json {
  if (node.component !== 'subprocess_plugin') {
    return { code: node.component, data: {}, version: 'legacy' }
  }
  const child = subtasks.find((t) => t.id === node.childTaskId)
  const value = {
    template_id: child?.template ?? null,
    version: 'v1',
    always_use_latest: false,
    constants: {},
    subprocess_name: node.name
  }
  return {
    code: 'subprocess_plugin',
    version: '1.0.0',
    data: { subprocess: { hook: false, value } }
  }
}

/** A pipeline tree for a sequential list of nodes (start event first, end event last). */
function pipelineTree(nodes: SimNode[], subtasks: readonly SimTask[]): Json {
  const activities: Json = {}
  const gateways: Json = {}
  const flows: Json = {}
  let startEvent: Json = {}
  let endEvent: Json = {}
  nodes.forEach((node, i) => {
    const incoming = i > 0 ? flowId(nodes[i - 1].id, node.id) : ''
    const outgoing = i < nodes.length - 1 ? flowId(node.id, nodes[i + 1].id) : ''
    if (outgoing) {
      flows[outgoing] = {
        id: outgoing,
        source: node.id,
        target: nodes[i + 1].id,
        is_default: false
      }
    }
    const base = { id: node.id, name: node.name, type: node.type, incoming, outgoing }
    // Stamped at task creation on activities and gateways, top level only (bkflow-api-2.md §8).
    const stamp = node.templateNodeId === undefined ? {} : { template_node_id: node.templateNodeId }
    if (node.kind === 'start') startEvent = { ...base, labels: [] }
    else if (node.kind === 'end') endEvent = { ...base, labels: [] }
    else if (node.kind === 'gateway') gateways[node.id] = { ...base, ...stamp }
    else if (node.kind === 'subprocess') {
      activities[node.id] = { ...base, pipeline: pipelineTree(node.children, subtasks) }
    } else {
      activities[node.id] = {
        ...base,
        component: component(node, subtasks),
        error_ignorable: false,
        optional: true,
        retryable: true,
        skippable: true,
        stage_name: '',
        labels: [],
        loop: null,
        auto_retry: node.autoRetry ?? { enable: false, interval: 0, times: 1 },
        timeout_config:
          node.timeout === undefined
            ? { enable: false, seconds: 10, action: 'forced_fail' }
            : { enable: true, ...node.timeout },
        ...stamp
      }
    }
  })
  return {
    activities,
    gateways,
    flows,
    start_event: startEvent,
    end_event: endEvent,
    constants: {},
    outputs: [],
    line: [],
    location: []
  }
}

/** The `data` object of a successful get_task_detail for the task at sim second `t`. */
export function taskDetail(
  task: SimTask,
  t: number,
  epochMs: number,
  templateName: string,
  parentState?: string
): Json {
  const started = task.start !== null && t >= task.start
  const revoked = task.revoke !== null && t >= task.revoke
  const finished = task.finish !== null && t >= task.finish && !revoked
  const endAt = revoked ? task.revoke : finished ? task.finish : null
  const startAt = started ? task.start : null
  return {
    id: task.id,
    space_id: task.space,
    scope_type: null,
    scope_value: null,
    instance_id: task.rootId,
    template_id: task.template ?? null,
    name: task.name,
    creator: 'admin',
    create_time: formatDetailTime(task.created, epochMs),
    create_method: 'API',
    trigger_method: task.parentTaskId === undefined ? 'api' : 'subprocess',
    executor: 'admin',
    start_time: startAt === null ? null : formatDetailTime(startAt, epochMs),
    finish_time: endAt === null ? null : formatDetailTime(endAt, epochMs),
    description: '',
    is_started: started,
    is_finished: finished,
    is_revoked: revoked,
    is_deleted: task.deleted !== 'no',
    is_expired: task.expired,
    snapshot_id: task.id,
    execution_snapshot_id: task.id,
    tree_info_id: task.id,
    extra_info: {},
    pipeline_tree: pipelineTree(task.nodes, task.subtasks),
    outputs: [],
    elapsed_time: startAt === null ? 0 : Math.max(0, Math.round((endAt ?? t) - startAt)),
    webhook_delivery_history: [],
    template_name: templateName,
    ...(task.parentTaskId !== undefined && {
      parent_task_info: { task_id: task.parentTaskId, state: parentState ?? null }
    })
  }
}
