// Setting a field's value so the console's React form accepts it (shared by one-click fixes and the vault's Fill).

type Settable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function isSettable(el: Element): el is Settable {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/**
 * Set `value` through the prototype's native setter, then fire input and change. React keeps a value
 * tracker on the element; a plain `.value =` updates the tracker too, so React sees "no change" and
 * drops it. The native setter bypasses the tracker, and the bubbling input event drives onChange.
 * Returns whether the value stuck.
 */
export function setNativeValue(el: Settable, value: string): boolean {
  const proto = el instanceof HTMLTextAreaElement
    ? HTMLTextAreaElement.prototype
    : el instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === value;
}
