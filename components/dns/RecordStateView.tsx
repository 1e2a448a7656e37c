// One record's live-check state in words a person can act on (the states come from utils/dns/compare).
import { RESOLVER_LABEL, type RecordState, type ResolverName } from '../../utils/dns/compare';
import { relativeName } from '../../utils/dns/names';
import type { DnsRecord } from '../../utils/dns/records';

export const STATE_LABEL: Record<RecordState['state'], string> = {
  ok: 'Right',
  missing: 'Missing',
  wrongType: 'Wrong type',
  wrongValue: 'Wrong value',
  doubledZone: 'Zone added twice',
  notYetVisible: 'Not yet visible',
  unreachable: 'Could not check',
  invalid: 'Not checked',
};

const seconds = (n: number) => `${n} s`;
const RESOLVERS = Object.keys(RESOLVER_LABEL) as ResolverName[];

/** Where in the value a stray space sits, from the diff's shared start and end. */
function whereSpace(d: { same: string; tail: string }): string {
  return d.tail === '' ? 'at the end' : d.same === '' ? 'at the start' : 'in the middle';
}

export function RecordStateView({ record, state }: { record: DnsRecord; state: RecordState }) {
  const short = relativeName(record.host, record.zone);
  switch (state.state) {
    case 'ok':
      return <p>Resolves to the expected value (cached for {seconds(state.ttl)}).</p>;
    case 'missing':
      return (
        <p>
          No {record.type} record named {record.host} yet.
          {state.negativeTtl ? ` If you just added it, resolvers may keep “not found” for up to ${seconds(state.negativeTtl)}.` : ''}
        </p>
      );
    case 'wrongType':
      return (
        <p>
          It was entered as <strong>{state.found}</strong>; SendGrid needs <strong>{record.type}</strong>. Delete the {state.found} record and add a {record.type}.
        </p>
      );
    case 'wrongValue':
      return (
        <div>
          <p>
            {state.space
              ? `The value has a stray space ${whereSpace(state.diff)}: delete it at your DNS provider.`
              : 'The value differs from what SendGrid expects:'}
          </p>
          <dl className="dns-diff">
            <dt>Expected</dt>
            <dd>
              <code>
                {state.diff.same}
                {state.diff.expected && <mark>{state.diff.expected}</mark>}
                {state.diff.tail}
              </code>
            </dd>
            <dt>Found</dt>
            <dd>
              <code>
                {state.diff.same}
                {state.diff.found && <mark title={state.space ? 'space' : undefined}>{state.diff.found.replace(/ /g, '␣')}</mark>}
                {state.diff.tail}
              </code>
            </dd>
          </dl>
        </div>
      );
    case 'doubledZone':
      return state.where === 'host' ? (
        <p>
          The record sits at <code>{state.found}</code>: your DNS provider added {record.zone} a second time. Enter the host as <code>{short}</code>.
        </p>
      ) : (
        <p>
          The value became <code>{state.found}</code>: your provider completed it with {record.zone}. Enter it with a final dot, <code>{record.value}.</code>
        </p>
      );
    case 'notYetVisible':
      return (
        <p>
          {state.seenBy.map((r) => RESOLVER_LABEL[r]).join(' and ')} already sees it;{' '}
          {RESOLVERS.filter((r) => !state.seenBy.includes(r)).map((r) => RESOLVER_LABEL[r]).join(' and ')} may keep its old answer for up to {seconds(state.ttl)}.
          Nothing to fix: wait, then check again.
        </p>
      );
    case 'unreachable':
      return <p>Neither resolver answered, so this record could not be checked ({state.reason}).</p>;
    case 'invalid':
      return <p>{state.message}</p>;
  }
}
