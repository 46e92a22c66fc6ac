import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatClock } from '@/engine/timing';
import { pacingReport } from '@/engine/pacing';
import type { Attempt } from '@/engine/types';
import { useT } from '@/components/use-t';
import { tickStyle, tooltipStyles } from '@/components/chart-theme';

/** Seconds per question against the two-minute pace, the slowest questions, and time left. */
export function PacingSection({ attempt }: { attempt: Attempt }) {
  const { t } = useT();
  const report = pacingReport(attempt);
  return (
    <section aria-labelledby="pacing-heading" className="card">
      <h2 id="pacing-heading">{t('results.pacing')}</h2>
      <p>{t('results.pacingSummary', { median: Math.round(report.medianSeconds), pace: report.paceSeconds, over: report.overPace })}</p>
      {report.timeLeftMs !== null && <p>{t('results.timeLeft', { time: formatClock(report.timeLeftMs) })}</p>}
      <figure className="chart" aria-label={t('results.pacingChart')}>
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={report.perQuestion} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="number" tick={tickStyle} />
            <YAxis unit="s" tick={tickStyle} width={48} />
            <Tooltip {...tooltipStyles} formatter={(v) => `${String(v)} s`} labelFormatter={(n) => t('exam.mapItem', { n: String(n) })} />
            <ReferenceLine y={report.paceSeconds} stroke="var(--warning)" strokeDasharray="4 4" />
            <Bar dataKey="seconds" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {report.slowest.length > 0 && (
        <>
          <h3>{t('results.slowest')}</h3>
          <ol className="slowest">
            {report.slowest.map((q) => (
              <li key={q.questionId}>{t('results.slowestItem', { n: q.number, seconds: Math.round(q.seconds) })}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
