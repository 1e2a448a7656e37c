// The readiness report: every task with its state and evidence, the checks behind them, and the note for the Engage team.
import type { TaskId } from '../guide/schema';
import type { Onboarding } from '../progress/model';
import { sourceWords } from '../progress/view';
import { last4 } from './checks/define';
import { earlierWords } from './earlier';
import type { TaskResult } from './types';

export interface ReportInput {
  onboarding: Onboarding;
  /** Every task in guide order, with its stage title. */
  tasks: { id: TaskId; title: string; stage: string }[];
  /** The latest verification result per task (absent when never checked). */
  results: Partial<Record<TaskId, TaskResult>>;
  /** Identifiers shown as last 4 only; secrets scrubbed if anything ever echoed one. */
  ids: { apiKeyId?: string; accountSid?: string; apiKeySid?: string };
  secrets: string[];
  now: Date;
}

const STATE: Record<string, string> = { done: 'Done', todo: 'To do', skipped: 'Skipped' };
const VERDICT: Record<TaskResult['verdict'], string> = {
  verified: 'verified',
  failed: 'check failed',
  error: 'could not check',
  partial: 'partly checked',
  unchecked: 'not checked',
  notNeeded: 'not needed',
};

const CHECK_WORDS: Record<TaskResult['checks'][number]['status'], string> = {
  pass: 'OK',
  fail: 'problem',
  error: 'could not check',
  skipped: 'skipped',
  notNeeded: 'not needed',
};

/** Masks anything that looks like a credential: SendGrid keys, Twilio SIDs, and the exact secrets at hand. */
export function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 8) out = out.split(s).join(last4(s));
  return out
    .replace(/SG\.[\w-]{8,}\.[\w-]{8,}/g, (m) => last4(m))
    .replace(/\b[A-Z]{2}[0-9a-fA-F]{32}\b/g, (m) => last4(m));
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function passDetail(r: TaskResult | undefined, checkId: string): string | undefined {
  const c = r?.checks.find((x) => x.checkId === checkId);
  return c?.status === 'pass' ? c.message : undefined;
}

/** The guide's "Let them know you've enabled IP warmup", filled with what the APIs confirmed. */
export function engageMessage(input: ReportInput): string {
  const r = input.results;
  const said = (taskId: TaskId, checkId: string, label: string) => {
    const detail = passDetail(r[taskId], checkId);
    return `- ${label}: ${detail ?? `not verified yet (${VERDICT[r[taskId]?.verdict ?? 'unchecked']})`}`;
  };
  const date = input.now.toISOString().slice(0, 10);
  const ws = input.onboarding.workspace ? ` for the Segment workspace \`${input.onboarding.workspace}\`` : '';
  return [
    'Hello Twilio Engage team,',
    '',
    `We have enabled automated IP warmup in SendGrid${ws} (region: ${input.onboarding.region.toUpperCase()}). ` +
      `Verified through the SendGrid and Twilio APIs on ${date}:`,
    '',
    said('sendgrid.warmup', 'sendgrid.warmup.automated', 'Automated IP warmup'),
    said('sendgrid.subuser', 'sendgrid.subuser.exists', 'Subuser'),
    said('sendgrid.subuser', 'sendgrid.subuser.ip', 'Dedicated IP'),
    said('sendgrid.domain', 'sendgrid.domain.auth', 'Domain authentication'),
    said('sendgrid.webhook', 'sendgrid.webhook.settings', 'Event webhook'),
    said('sendgrid.subscription', 'sendgrid.subscription.enabled', 'Subscription tracking'),
    `- API key ID: ${input.ids.apiKeyId ? last4(input.ids.apiKeyId) : 'not entered'} (${passDetail(r['sendgrid.apikey'], 'sendgrid.apikey.fullAccess') ?? 'Full Access not verified yet'})`,
    `- Twilio Account SID: ${input.ids.accountSid ? last4(input.ids.accountSid) : 'not entered'} (${passDetail(r['twilio.account'], 'twilio.account.full') ?? 'account type not verified'})`,
    said('twilio.service', 'twilio.service.marketing', 'Messaging service'),
    '',
    'Please let us know when Engage is ready to send. Thank you!',
  ].join('\n');
}

export function buildReport(input: ReportInput): string {
  const { onboarding, now } = input;
  const lines = [
    `# Engage readiness report: ${onboarding.name}`,
    '',
    `Generated ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC · region ${onboarding.region.toUpperCase()}` +
      (onboarding.workspace ? ` · workspace \`${onboarding.workspace}\`` : ''),
    '',
    '| Stage | Task | State | Verification | Evidence |',
    '|---|---|---|---|---|',
  ];
  for (const t of input.tasks) {
    const state = onboarding.tasks[t.id];
    const r = input.results[t.id];
    // How it got its state in words ("marked done by you", "seen on the page", "verified through the API"), then any evidence.
    const how = state ? sourceWords(state) : '';
    const said = state?.evidence ?? r?.evidence;
    // An API check's evidence already says so ("verified by SendGrid API, 14:02").
    const evidence = said && state?.source === 'api' ? said : [how, said].filter(Boolean).join(': ');
    lines.push(
      `| ${cell(t.stage)} | ${cell(t.title)} | ${STATE[state?.status ?? 'todo']} | ${VERDICT[r?.verdict ?? 'unchecked']} | ${cell(evidence)} |`,
    );
  }
  const checked = input.tasks.filter((t) => input.results[t.id]?.checks.length);
  if (checked.length) {
    lines.push('', '## Checks', '');
    for (const t of checked) {
      for (const c of input.results[t.id]!.checks) {
        lines.push(`- ${t.title}, ${c.title}: **${CHECK_WORDS[c.status]}**${c.checkedAt ? ` (${earlierWords(c.checkedAt)})` : ''}. ${c.message}${c.proxy ? ` _(proxy: ${c.proxy})_` : ''}`);
      }
    }
  }
  lines.push('', '## Message to send the Engage team after IP warmup', '', '```text', engageMessage(input), '```', '');
  return scrub(lines.join('\n'), input.secrets);
}
