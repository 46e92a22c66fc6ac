import '@/screens.css';
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { isExamId } from '@/config/exams';
import { domainTrend, rankDomains, weakestTopics } from '@/engine/weakness';
import { BLUEPRINTS, getBlueprint } from '@/lib/blueprints';
import { formatDateTime, formatDay } from '@/components/format';
import { TopicDrillList } from '@/components/topic-drill-list';
import { useBank } from '@/components/use-bank';
import { useStartDrill } from '@/components/use-start-drill';
import { pick, useT } from '@/components/use-t';
import { useAnswerLogStore } from '@/stores/answer-log-store';
import { useHistoryStore } from '@/stores/history-store';
import { useSettingsStore } from '@/stores/settings-store';
import { tickStyle, tooltipStyles } from '@/components/chart-theme';

const RECENT_MOCKS = 5;
const LINE_COLOURS = ['#0f5fb8', '#b42318', '#1d7a3a', '#8a5a00', '#6b3fa0', '#0e7490', '#9d174d'];

/** Weakness report across attempts: domain standing ranked by points to gain, trends, weakest topics. */
export default function DashboardPage() {
  const { t, language } = useT();
  const examId = useSettingsStore((s) => s.examId);
  const attempts = useHistoryStore((s) => s.attempts);
  const log = useAnswerLogStore((s) => s.entries);
  const { bank } = useBank(examId);
  const { start, blocked } = useStartDrill();
  const blueprint = getBlueprint(examId);


  const mocks = useMemo(() => attempts.filter((a) => a.examId === examId && a.mode === 'mock'), [attempts, examId]);
  const recent = mocks.slice(0, RECENT_MOCKS);
  const ranked = rankDomains(recent, blueprint);
  const trend = domainTrend(mocks, blueprint);
  const topics = bank ? weakestTopics(log, bank.byId, examId, { limit: 8 }) : [];
  const domainName = (id: string) => pick(blueprint.domains.find((d) => d.id === id)?.name ?? { en: id, ko: id }, language);

  const drill = (options: { domainIds?: string[]; topics?: string[] }) => start({ examId, count: 10, practice: true, ...options });

  return (
    <div className="dashboard">
      <h1>{t('dash.title')}</h1>
      <label className="field inline">
        {t('drill.exam')}
        <select value={examId} onChange={(e) => isExamId(e.target.value) && useSettingsStore.getState().setExamId(e.target.value)}>
          {BLUEPRINTS.map((bp) => (
            <option key={bp.id} value={bp.id}>
              {bp.code}
            </option>
          ))}
        </select>
      </label>

      <section aria-labelledby="standing-heading" className="card">
        <h2 id="standing-heading">{t('dash.standing')}</h2>
        {recent.length === 0 ? (
          <p>{t('dash.none')}</p>
        ) : (
          <>
            <p className="muted">
              {t('dash.recent', { n: recent.length })} {t('results.weaknessHint', { cut: blueprint.rawCutPercent })}
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('results.domain')}</th>
                    <th scope="col">{t('results.correct')}</th>
                    <th scope="col">{t('results.percent')}</th>
                    <th scope="col">{t('results.classification')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('nav.drill')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.map((d) => (
                    <tr key={d.domainId}>
                      <th scope="row">{domainName(d.domainId)}</th>
                      <td>
                        {d.correct}/{d.total}
                      </td>
                      <td>{d.percent === null ? '—' : `${d.percent}%`}</td>
                      <td className={d.gain > 0 ? 'needs' : 'meets'}>{d.gain > 0 ? t('results.gain', { n: d.gain }) : t('results.meets')}</td>
                      <td>
                        <button type="button" className="small" disabled={blocked} onClick={() => void drill({ domainIds: [d.domainId] })}>
                          {t('results.drillDomain', { domain: domainName(d.domainId) })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {trend.length > 0 && (
        <section aria-labelledby="trend-heading" className="card">
          <h2 id="trend-heading">{t('dash.trend')}</h2>
          <figure className="chart" aria-label={t('dash.trend')}>
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={trend} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="at" tickFormatter={(v: number) => formatDay(v, language)} tick={tickStyle} />
                <YAxis domain={[0, 100]} unit="%" width={48} tick={tickStyle} />
                <Tooltip {...tooltipStyles} labelFormatter={(v) => formatDateTime(Number(v), language)} />
                <Legend />
                <ReferenceLine y={blueprint.rawCutPercent} stroke="var(--warning)" strokeDasharray="4 4" />
                {blueprint.domains.map((d, i) => (
                  <Line key={d.id} type="monotone" dataKey={d.id} name={domainName(d.id)} stroke={LINE_COLOURS[i % LINE_COLOURS.length]} isAnimationActive={false} connectNulls />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </figure>
        </section>
      )}

      <section aria-labelledby="topics-heading" className="card">
        <h2 id="topics-heading">{t('dash.topics')}</h2>
        {topics.length === 0 ? (
          <p>{t('dash.noTopics')}</p>
        ) : (
          <TopicDrillList topics={topics} disabled={blocked} showPercent onDrill={(topic) => void drill({ topics: [topic] })} />
        )}
      </section>
    </div>
  );
}
