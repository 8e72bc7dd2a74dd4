// get_task_states payloads copied from bkflow-api.md §6 (ids are shortened there), parsed as sent.

/** The `data` of a get_task_states envelope. */
function dataOf(body: string): unknown {
  return (JSON.parse(body) as { data: unknown }).data
}

/** §6a: a RUNNING task; nsub001 is a legacy engine SubProcess nesting nact002 (retry 1). */
export const RUNNING_NESTED =
  dataOf(`{"result": true, "message": "", "exc": null, "exc_trace": null, "trace_id": "6f1c0d2e9a8b4c7d8e9f0a1b2c3d4e5f",
 "data": {"id": "nroot01", "state": "RUNNING", "root_id:": "nroot01", "parent_id": "nroot01", "version": "vroot01",
  "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
  "elapsed_time": 95, "start_time": "2026-08-21 10:00:00 +0800", "finish_time": "",
  "children": {
   "nstart1": {"id": "nstart1", "state": "FINISHED", "root_id:": "nroot01", "parent_id": "nroot01", "version": "vs1",
     "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false, "children": {},
     "elapsed_time": 0, "start_time": "2026-08-21 10:00:00 +0800", "finish_time": "2026-08-21 10:00:00 +0800"},
   "nsub001": {"id": "nsub001", "state": "RUNNING", "root_id:": "nroot01", "parent_id": "nroot01", "version": "vsub1",
     "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
     "elapsed_time": 93, "start_time": "2026-08-21 10:00:02 +0800", "finish_time": "",
     "children": {
       "nact002": {"id": "nact002", "state": "RUNNING", "root_id:": "nroot01", "parent_id": "nsub001", "version": "va2",
         "loop": 1, "retry": 1, "skip": false, "error_ignorable": false, "error_ignored": false, "children": {},
         "elapsed_time": 40, "start_time": "2026-08-21 10:00:55 +0800", "finish_time": ""}}}}}}`)

/** §6b: a FAILED task (derived state) with one failed activity. */
export const FAILED_FLAT =
  dataOf(`{"result": true, "message": "", "exc": null, "exc_trace": null, "trace_id": "0a1b2c3d",
 "data": {"id": "nroot02", "state": "FAILED", "root_id:": "nroot02", "parent_id": "nroot02", "version": "vr2",
  "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
  "elapsed_time": 310, "start_time": "2026-08-21 09:00:00 +0800", "finish_time": "",
  "children": {"nact009": {"id": "nact009", "state": "FAILED", "root_id:": "nroot02", "parent_id": "nroot02",
     "version": "va9", "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
     "children": {}, "elapsed_time": 12, "start_time": "2026-08-21 09:00:01 +0800",
     "finish_time": "2026-08-21 09:00:13 +0800"}}}}`)

/** §6c / §5.2: CREATED_STATUS, a task not started: no id, `skip` is the number 0. */
export const CREATED_STATUS = dataOf(
  `{"result":true,"data":{"start_time":null,"state":"CREATED","retry":0,"skip":0,"finish_time":null,"elapsed_time":0,"children":{}},"message":"","exc":null,"exc_trace":null,"trace_id":"0a1b2c3d"}`
)

/** §5.3: started, but no engine rows yet: only `state`. */
export const BARE_CREATED = dataOf(
  `{"result":true,"data":{"state":"CREATED"},"message":"","exc":null,"exc_trace":null,"trace_id":"0a1b2c3d"}`
)

/** §5.3: the bare expired shape. */
export const BARE_EXPIRED = dataOf(
  `{"result":true,"data":{"state":"EXPIRED"},"message":"","exc":null,"exc_trace":null,"trace_id":"0a1b2c3d"}`
)

/** §2.3 / §5.11: revoked; only the root changed state, children that were running still say RUNNING. */
export const REVOKED_WITH_RUNNING =
  dataOf(`{"result": true, "message": "", "exc": null, "exc_trace": null, "trace_id": "0a1b2c3d",
 "data": {"id": "nroot03", "state": "REVOKED", "root_id:": "nroot03", "parent_id": "nroot03", "version": "vr3",
  "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
  "elapsed_time": 400, "start_time": "2026-08-21 08:00:00 +0800", "finish_time": "",
  "children": {
   "nstart3": {"id": "nstart3", "state": "FINISHED", "root_id:": "nroot03", "parent_id": "nroot03", "version": "vs3",
     "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false, "children": {},
     "elapsed_time": 0, "start_time": "2026-08-21 08:00:00 +0800", "finish_time": "2026-08-21 08:00:00 +0800"},
   "nsub003": {"id": "nsub003", "state": "RUNNING", "root_id:": "nroot03", "parent_id": "nroot03", "version": "vsub3",
     "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false,
     "elapsed_time": 398, "start_time": "2026-08-21 08:00:02 +0800", "finish_time": "",
     "children": {
       "nact004": {"id": "nact004", "state": "RUNNING", "root_id:": "nroot03", "parent_id": "nsub003", "version": "va4",
         "loop": 1, "retry": 0, "skip": false, "error_ignorable": false, "error_ignored": false, "children": {},
         "elapsed_time": 300, "start_time": "2026-08-21 08:01:40 +0800", "finish_time": ""}}}}}}`)
