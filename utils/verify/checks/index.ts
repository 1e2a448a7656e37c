// Every check, in guide order, plus the tasks no API can verify and why.
import type { TaskId } from '../../guide/schema';
import type { Check } from './define';
import { parentKeyChecks } from './sendgrid-parent';
import { subuserKeyChecks } from './sendgrid-subuser';
import { twilioChecks } from './twilio';

export const allChecks: Check[] = [...subuserKeyChecks, ...parentKeyChecks, ...twilioChecks] as Check[];

export function checksFor(taskId: TaskId): Check[] {
  return allChecks.filter((c) => c.taskId === taskId);
}

/** Tasks with no API to ask (docs/verify.md): they stay manual or page-detected. */
export const NOT_API_CHECKABLE: Partial<Record<TaskId, string>> = {
  'segment.identifiers': 'No Segment Public API reads Identity Resolution settings: the page shows it, or tick it by hand.',
  'segment.email': 'Engage settings in Segment have no public API: the page shows it, or tick it by hand.',
  'segment.sms': 'Engage settings in Segment have no public API: the page shows it, or tick it by hand.',
  'engage.notify': 'Contacting the Engage team cannot be verified through any API: tick it once you have sent the message.',
};
