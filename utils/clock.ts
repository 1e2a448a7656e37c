// One way to show a time of day everywhere (panel, kept values, Verify evidence): 24-hour "14:02", in the person's
// own time zone. Evidence is stored as text, so the panel and the report say the same time the same way.
export function clock(at: Date | number): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
