import '@/screens.css';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { isExamId, type ExamId } from '@/config/exams';
import { HISTORY_PAGE_SIZE } from '@/config/ui';
import type { AttemptMode } from '@/engine/types';
import { BLUEPRINTS, getBlueprint } from '@/lib/blueprints';
import { formatDateTime, formatDuration } from '@/components/format';
import { useT } from '@/components/use-t';
import { useHistoryStore } from '@/stores/history-store';

/** The trend shows the most recent mocks; older ones are in the table. */
const TREND_POINTS = 100;
/** Its own chunk (the chart library): the table does not wait for it. */
const ScoreTrend = lazy(() => import('./score-trend'));

/** Every finished attempt, newest first, with a score trend; filter by exam and mode. */
export default function HistoryPage() {
  const { t, language } = useT();
  const all = useHistoryStore((s) => s.attempts);
  const [exam, setExam] = useState<ExamId | 'all'>('all');
  const [mode, setMode] = useState<AttemptMode | 'all'>('all');
  const [shown, setShown] = useState(HISTORY_PAGE_SIZE);
  const attempts = all.filter((a) => (exam === 'all' || a.examId === exam) && (mode === 'all' || a.mode === mode));
  const passingScore = exam === 'all' ? null : getBlueprint(exam).passingScore;

  return (
    <div className="history">
      <h1>{t('history.title')}</h1>
      {all.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <>
          <div className="filters card">
            <label className="field inline">
              {t('history.filterExam')}
              <select value={exam} onChange={(e) => setExam(isExamId(e.target.value) ? e.target.value : 'all')}>
                <option value="all">{t('history.allExams')}</option>
                {BLUEPRINTS.map((bp) => (
                  <option key={bp.id} value={bp.id}>
                    {bp.code}
                  </option>
                ))}
              </select>
            </label>
            <label className="field inline">
              {t('history.filterMode')}
              <select value={mode} onChange={(e) => setMode(e.target.value === 'mock' || e.target.value === 'drill' ? e.target.value : 'all')}>
                <option value="all">{t('history.allModes')}</option>
                <option value="mock">{t('history.mode.mock')}</option>
                <option value="drill">{t('history.mode.drill')}</option>
              </select>
            </label>
          </div>
          <section aria-labelledby="trend-heading" className="card">
            <h2 id="trend-heading">{t('history.trend')}</h2>
            <p className="muted small">{t('history.trendHint')}</p>
            <Suspense fallback={<div className="chart" style={{ height: 240 }} />}>
              <ScoreTrend attempts={attempts.filter((a) => a.mode === 'mock').slice(0, TREND_POINTS)} passingScore={passingScore} label={t('history.trend')} language={language} />
            </Suspense>
          </section>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('history.date')}</th>
                  <th scope="col">{t('history.exam')}</th>
                  <th scope="col">{t('history.mode')}</th>
                  <th scope="col">{t('history.score')}</th>
                  <th scope="col">{t('history.result')}</th>
                  <th scope="col">{t('history.time')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('history.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {attempts.slice(0, shown).map((a) => {
                  const date = formatDateTime(a.finishedAt ?? a.startedAt, language);
                  const r = a.result;
                  const percent = r && r.scoredTotal > 0 ? Math.floor((r.correct * 100) / r.scoredTotal) : 0;
                  return (
                    <tr key={a.id}>
                      <td>{date}</td>
                      <td>{getBlueprint(a.examId).code}</td>
                      <td>{t(`history.mode.${a.mode}`)}</td>
                      <td>{a.mode === 'mock' ? r?.scaledScore : `${r?.correct}/${r?.scoredTotal} (${percent}%)`}</td>
                      <td className={a.mode === 'mock' ? (r?.passed ? 'meets' : 'needs') : ''}>
                        {a.mode === 'mock' ? (r?.passed ? t('results.pass') : t('results.fail')) : '—'}
                      </td>
                      <td>{formatDuration(r?.timeUsedMs ?? 0, language)}</td>
                      <td>
                        <Link href={paths.results(a.id)} aria-label={t('history.openAttempt', { date })}>
                          {t('history.open')}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {attempts.length > shown && (
            <p className="row">
              <span className="muted">{t('history.showing', { shown, total: attempts.length })}</span>
              <button type="button" onClick={() => setShown((n) => n + HISTORY_PAGE_SIZE)}>
                {t('history.more', { n: Math.min(HISTORY_PAGE_SIZE, attempts.length - shown) })}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
