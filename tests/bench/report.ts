// How a bench module hands a figure to tests/bench/run.mjs: one `@@bench` JSON line per row.

export interface BenchRow {
  metric: string;
  /** The figure with the extension (formatted, with its unit). */
  with: string;
  /** The same page without the extension, in the same run, where that applies. */
  without?: string;
  ratio?: string;
  budget?: string;
  ok?: boolean;
}

export function report(row: BenchRow): void {
  console.log(`@@bench ${JSON.stringify(row)}`);
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`;
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
