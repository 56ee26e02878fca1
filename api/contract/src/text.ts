import * as z from 'zod/mini'

/** Control characters (C0, DEL, C1): PostgreSQL refuses NUL, and the others only hide or garble what a reader sees. */
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/
/** In text of several lines a tab and a line break are writing, and a carriage return only before a line break. */
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/

const refusing = (controls: RegExp) => z.refine<string>((value) => !controls.test(value), { params: { reason: 'control-character' } })

/**
 * A string on one line without control characters; trimmed unless **trim** is false (an id, a text whose
 * positions matter). Every string an input schema takes is one of these, a {@link multiLine} or a format.
 */
export function singleLine(options: { trim?: boolean } = {}) {
  return options.trim === false ? z.string().check(refusing(LINE_CONTROLS)) : z.string().check(z.trim(), refusing(LINE_CONTROLS))
}

/** Free text that may hold line breaks and tabs but no other control characters; trimmed unless **trim** is false. */
export function multiLine(options: { trim?: boolean } = {}) {
  return options.trim === false ? z.string().check(refusing(TEXT_CONTROLS)) : z.string().check(z.trim(), refusing(TEXT_CONTROLS))
}
