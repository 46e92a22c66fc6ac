import type { CSSProperties } from 'react';

/** Recharts tooltips in the app's colours, so they keep their contrast in dark mode too. */
export const tooltipStyles: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties } = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
  itemStyle: { color: 'var(--text)' },
};

/** Axis ticks in the muted text colour. */
export const tickStyle = { fontSize: 12, fill: 'var(--muted)' };
