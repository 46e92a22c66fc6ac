import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttemptSummary } from '@/stores/history-entry';
import type { Language } from '@/lib/i18n/messages';
import { formatDateTime, formatDay } from '@/components/format';
import { tickStyle, tooltipStyles } from '@/components/chart-theme';

/** Scaled scores of full mocks over time, with the exam's passing line. */
export default function ScoreTrend({ attempts, passingScore, label, language }: { attempts: AttemptSummary[]; passingScore: number | null; label: string; language: Language }) {
  const data = [...attempts]
    .filter((a) => a.mode === 'mock' && a.result)
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0))
    .map((a) => ({ at: a.finishedAt ?? a.startedAt, score: a.result!.scaledScore }));
  if (data.length === 0) return null;
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" tickFormatter={(v: number) => formatDay(v, language)} tick={tickStyle} />
          <YAxis domain={[100, 1000]} width={48} tick={tickStyle} />
          <Tooltip {...tooltipStyles} labelFormatter={(v) => formatDateTime(Number(v), language)} />
          {passingScore !== null && <ReferenceLine y={passingScore} stroke="var(--warning)" strokeDasharray="4 4" label={{ value: String(passingScore), position: 'right' }} />}
          <Line type="monotone" dataKey="score" stroke="var(--accent)" isAnimationActive={false} dot />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
