// The worksheet the playground opens with, when it is known before Monaco
// has loaded: the work stored by an earlier visit, or the default example.
// boot (engine.js) has it checked at once, and the client answers the
// editor's first check of the same text with that answer (client.js,
// _earlyAnswer), so the first markers are ready for the editor's first
// frame. A share link's worksheet is decoded later, by main.js.

import { EXAMPLES, DEFAULT_EXAMPLE } from './examples.js';

export const WORK_KEY = 'secint-playground-worksheet';

/** storedWork is {text, example} as the page last saved it, or null. */
export function storedWork() {
  try {
    const v = JSON.parse(localStorage.getItem(WORK_KEY) ?? 'null');
    return v && typeof v.text === 'string' ? v : null;
  } catch {
    return null; // storage refused, or not ours
  }
}

/**
 * openingWorksheet is what the page opens with when no share link says
 * otherwise: {text, example}, example being the picker's value ('' for the
 * stored work that is no longer an example as it was).
 */
export function openingWorksheet() {
  const work = storedWork();
  if (work) {
    return { text: work.text, example: EXAMPLES.some((e) => e.id === work.example && e.text === work.text) ? work.example : '' };
  }
  return { text: EXAMPLES.find((e) => e.id === DEFAULT_EXAMPLE).text, example: DEFAULT_EXAMPLE };
}
