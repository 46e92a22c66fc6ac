type Row =
  | { kind: 'section'; title: string }
  | { kind: 'budget'; label: string; value: string; budget: string; status: 'OK' | 'OVER' | 'n/a' }
  | { kind: 'info'; label: string; value: string; detail: string }
  | { kind: 'note'; text: string };

export interface BudgetOptions {
  /** The figure must be at most this. */
  max?: number;
  /** The figure must be at least this (scores). */
  min?: number;
  digits?: number;
  /** How many samples the figure comes from; 0 means it could not be measured. */
  samples?: number;
}

const LABEL = 58;
const VALUE = 12;
const BUDGET = 18;

/** Collects figures and prints them as one aligned table with OK / OVER per budget and a summary. */
export class Report {
  private rows: Row[] = [];

  section(title: string): void {
    this.rows.push({ kind: 'section', title });
  }

  budget(label: string, value: number, unit: string, options: BudgetOptions): void {
    const digits = options.digits ?? 1;
    const suffix = unit ? ` ${unit}` : '';
    const limit = options.max ?? options.min ?? 0;
    const budget = options.max !== undefined ? `budget ≤ ${options.max}${suffix}` : options.min === 100 ? `budget 100` : `budget ≥ ${limit}${suffix}`;
    if (Number.isNaN(value) || options.samples === 0) {
      this.rows.push({ kind: 'budget', label, value: 'n/a', budget, status: 'n/a' });
      return;
    }
    const over = options.max !== undefined ? value > options.max : value < (options.min ?? -Infinity);
    this.rows.push({ kind: 'budget', label, value: `${value.toFixed(digits)}${suffix}`, budget, status: over ? 'OVER' : 'OK' });
  }

  /** A budgeted figure that could not be measured, with why. */
  missing(label: string, why: string): void {
    this.rows.push({ kind: 'budget', label, value: 'n/a', budget: '', status: 'n/a' });
    this.note(`${label}: ${why}`);
  }

  /** A figure without a budget; `detail` goes where the budget would be. */
  info(label: string, value: string, detail = ''): void {
    this.rows.push({ kind: 'info', label, value, detail });
  }

  note(text: string): void {
    this.rows.push({ kind: 'note', text });
  }

  print(out: NodeJS.WritableStream): void {
    const lines: string[] = [''];
    for (const row of this.rows) {
      if (row.kind === 'section') lines.push('', row.title, '-'.repeat(LABEL + VALUE + BUDGET + 8));
      else if (row.kind === 'budget') lines.push(`${row.label.padEnd(LABEL)} ${row.value.padStart(VALUE)}   ${row.budget.padEnd(BUDGET)} ${row.status}`);
      else if (row.kind === 'info') lines.push(`${row.label.padEnd(LABEL)} ${row.value.padStart(VALUE)}   ${row.detail}`.trimEnd());
      else lines.push(`    · ${row.text}`);
    }
    const budgets = this.rows.filter((r): r is Extract<Row, { kind: 'budget' }> => r.kind === 'budget');
    const over = budgets.filter((r) => r.status === 'OVER');
    const missing = budgets.filter((r) => r.status === 'n/a');
    lines.push('', '='.repeat(LABEL + VALUE + BUDGET + 8));
    lines.push(
      `${over.length} of ${budgets.length} budgets over${missing.length ? `, ${missing.length} not measured` : ''}` +
        (over.length ? `: ${over.map((r) => r.label).join('; ')}` : ''),
    );
    out.write(`${lines.join('\n')}\n`);
  }
}
