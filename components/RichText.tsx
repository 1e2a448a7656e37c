// Renders guide text: **Label** as <strong>, `code` as <code>, everything else as plain text (never as markup).
import { Fragment, type ReactNode } from 'react';

const TOKEN = /\*\*([^*]+)\*\*|`([^`]+)`/g;

export function RichText({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(m[1] !== undefined ? <strong key={at}>{m[1]}</strong> : <code key={at}>{m[2]}</code>);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <Fragment>{out}</Fragment>;
}
