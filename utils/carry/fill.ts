// Putting a carried value into the console field the locator chose, so the console's React form accepts it.
import { isSettable, setNativeValue } from '../overlay/fill';

export type FillOutcome = { ok: true } | { ok: false; message: string };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Long enough for a controlled form to re-render from its own state after our events (two frames). */
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

/**
 * Set through the native setter with input + change events (React's value tracker ignores plain
 * assignment). No focus: the focused field stays the guidance's current one, and a fill should move
 * the person on to the next field, not pin them to this one. Then check after a frame that
 * the value stuck: a controlled input re-renders from its own state and may throw our value away. One
 * retry covers a form that re-rendered at the wrong moment; a second failure is reported, not looped.
 */
export async function fillField(el: Element, value: string): Promise<FillOutcome> {
  if (!isSettable(el)) return { ok: false, message: 'This field cannot be filled automatically. Paste the value instead.' };
  if (el.disabled || (el instanceof HTMLInputElement && el.readOnly)) {
    return { ok: false, message: 'This field is read-only right now.' };
  }
  // A field without autocomplete="off" is kept in Chromium's session-restore file on disk, value and all;
  // this one attribute keeps a carried secret out of it (and out of the browser's autofill memory).
  if (value) el.setAttribute('autocomplete', 'off');
  for (let attempt = 0; attempt < 2; attempt++) {
    setNativeValue(el, value);
    await settle();
    if (el.value === value) return { ok: true };
  }
  return { ok: false, message: 'The form did not accept the value. Click the field and paste it instead.' };
}
