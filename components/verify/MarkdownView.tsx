// A readable preview of the report's Markdown: the few constructs the report writes (headings, table, lists, a
// fenced block, **bold**, `code`, _italic_), rendered as React elements, so nothing in it is ever parsed as HTML.
import { Fragment, type ReactNode } from 'react';
import { RichText } from '../RichText';

/** _italic_ only between non-word characters, so names like twilio_engage_app stay as they are. */
const ITALIC = /(?<!\w)_([^_]+)_(?!\w)/g;

function Inline({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ITALIC)) {
    const at = m.index ?? 0;
    out.push(<RichText key={`t${at}`} text={text.slice(last, at)} />, <em key={at}><RichText text={m[1]!} /></em>);
    last = at + m[0].length;
  }
  out.push(<RichText key="end" text={text.slice(last)} />);
  return <Fragment>{out}</Fragment>;
}

/** A table row's cells: split on pipes the report did not escape. */
const cells = (line: string) =>
  line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'pre'; text: string }
  | { kind: 'p'; text: string };

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const h = /^(#{1,3}) (.*)$/.exec(line);
    if (h) out.push({ kind: 'heading', level: h[1]!.length, text: h[2]! });
    else if (line.startsWith('```')) {
      const body: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
      out.push({ kind: 'pre', text: body.join('\n') });
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
      i--;
      const [head = [], , ...rest] = rows;
      out.push({ kind: 'table', head, rows: rest });
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('- '); i++) items.push(lines[i]!.slice(2));
      i--;
      out.push({ kind: 'list', items });
    } else out.push({ kind: 'p', text: line });
  }
  return out;
}

function StageTable({ head, rows }: { head: string[]; rows: string[][] }) {
  const stages = [...new Set(rows.map((r) => r[0] ?? ''))];
  return (
    <div className="md-table">
      <table>
        <thead>
          <tr>{head.map((c, j) => <th key={j} scope="col"><Inline text={c} /></th>)}</tr>
        </thead>
        {stages.map((stage) => (
          <tbody key={stage}>
            <tr>
              <th colSpan={head.length} scope="colgroup" className="md-stage"><Inline text={stage} /></th>
            </tr>
            {rows.filter((r) => r[0] === stage).map((r, j) => (
              <tr key={j}>{r.slice(1).map((c, n) => <td key={n}><Inline text={c} /></td>)}</tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** `depth` is the heading level the Markdown's "#" maps to, under the section that shows it. */
export function MarkdownView({ markdown, depth }: { markdown: string; depth: number }) {
  return (
    <>
      {parseBlocks(markdown).map((b, k) => {
        switch (b.kind) {
          case 'heading': {
            const H = `h${Math.min(6, depth + b.level - 1)}` as 'h4';
            return <H key={k}><Inline text={b.text} /></H>;
          }
          case 'table':
            // The report's first column is the stage: in a narrow panel it reads better as a heading row per stage.
            if (b.head[0] === 'Stage') return <StageTable key={k} head={b.head.slice(1)} rows={b.rows} />;
            return (
              <div key={k} className="md-table">
                <table>
                  <thead>
                    <tr>{b.head.map((c, j) => <th key={j} scope="col"><Inline text={c} /></th>)}</tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, j) => (
                      <tr key={j}>{r.map((c, n) => <td key={n}><Inline text={c} /></td>)}</tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'list':
            return <ul key={k}>{b.items.map((t, j) => <li key={j}><Inline text={t} /></li>)}</ul>;
          case 'pre':
            return <pre key={k}>{b.text}</pre>;
          default:
            return <p key={k}><Inline text={b.text} /></p>;
        }
      })}
    </>
  );
}
