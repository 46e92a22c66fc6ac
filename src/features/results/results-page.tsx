import '@/screens.css';
import { Link, useParams } from 'wouter';
import { paths } from '@/config/paths';
import { getBlueprint } from '@/lib/blueprints';
import { formatDateTime, formatDuration } from '@/components/format';
import { useBank } from '@/components/use-bank';
import { pick, useT } from '@/components/use-t';
import { useFinishedAttempt } from '@/stores/use-finished-attempt';
import { DomainChart } from './domain-chart';
import { PacingSection } from './pacing-section';
import { RetakeActions } from './retake-actions';
import { WeaknessSection } from './weakness-section';

/** Scaled score, pass or fail, and how each domain went. */
export default function ResultsPage() {
  const { t, language } = useT();
  const { attemptId = '' } = useParams<{ attemptId: string }>();
  const attempt = useFinishedAttempt(attemptId);
  // The retake and weakness sections need the questions; fetch them while the score is read.
  useBank(attempt?.examId);

  if (!attempt?.result) {
    return (
      <div className="card">
        <p role="alert">{t('results.notFound')}</p>
        <Link href={paths.history}>{t('results.history')}</Link>
      </div>
    );
  }
  const { result } = attempt;
  const blueprint = getBlueprint(attempt.examId);
  const isDrill = attempt.mode === 'drill';
  const percent = result.scoredTotal === 0 ? 0 : Math.floor((result.correct * 100) / result.scoredTotal);
  const domainName = (id: string) => pick(blueprint.domains.find((d) => d.id === id)?.name ?? { en: id, ko: id }, language);

  return (
    <div className="results">
      <h1>{isDrill ? t('results.drillTitle') : t('results.title')}</h1>
      <p className="muted">
        {blueprint.code} · {pick(blueprint.name, language)} · {formatDateTime(attempt.finishedAt ?? attempt.startedAt, language)}
      </p>
      {attempt.endedBy === 'time-up' && (
        <p className="notice" role="status">
          {t('timeup.notice')}
        </p>
      )}

      {isDrill ? (
        <section className={percent >= blueprint.rawCutPercent ? 'score-card pass' : 'score-card fail'} aria-labelledby="score-heading">
          <h2 id="score-heading">{t('results.drillScore', { correct: result.correct, total: result.scoredTotal, percent })}</h2>
          <p className="muted">{t('results.drillNote', { cut: blueprint.rawCutPercent })}</p>
          <p>
            {t('results.timeUsed')}: {formatDuration(result.timeUsedMs, language)}
          </p>
        </section>
      ) : (
      <section className={result.passed ? 'score-card pass' : 'score-card fail'} aria-labelledby="score-heading">
        <h2 id="score-heading" className="visually-hidden">
          {t('results.score')}
        </h2>
        <div className="score">
          <span className="score-label">{t('results.score')}</span>
          <span className="score-value">{result.scaledScore}</span>
          <span className="score-outcome">{result.passed ? t('results.pass') : t('results.fail')}</span>
        </div>
        <ul className="score-facts">
          <li>{t('results.passingScore', { pass: result.passingScore })}</li>
          <li>{t('results.raw', { correct: result.correct, total: result.scoredTotal })}</li>
          <li>
            {t('results.timeUsed')}: {formatDuration(result.timeUsedMs, language)} ({t(`results.endedBy.${attempt.endedBy ?? 'submitted'}`)})
          </li>
          {result.unscoredTotal > 0 && <li>{t('results.unscored', { correct: result.unscoredCorrect, total: result.unscoredTotal })}</li>}
        </ul>
      </section>
      )}

      <section aria-labelledby="domains-heading" className="card">
        <h2 id="domains-heading">{t('results.domains')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('results.domain')}</th>
                <th scope="col">{t('results.correct')}</th>
                <th scope="col">{t('results.percent')}</th>
                <th scope="col">{t('results.classification')}</th>
              </tr>
            </thead>
            <tbody>
              {result.domains.map((d) => (
                <tr key={d.domainId}>
                  <th scope="row">{domainName(d.domainId)}</th>
                  <td>
                    {d.correct}/{d.total}
                  </td>
                  <td>{d.percent}%</td>
                  <td className={d.meets ? 'meets' : 'needs'}>{d.meets ? t('results.meets') : t('results.needs')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <DomainChart
          label={t('results.chartLabel')}
          cut={blueprint.rawCutPercent}
          data={result.domains.map((d) => ({ name: domainName(d.domainId), percent: d.percent, meets: d.meets }))}
        />
      </section>

      <WeaknessSection attempt={attempt} />
      <RetakeActions attempt={attempt} />
      <PacingSection attempt={attempt} />

      {!isDrill && (
      <section aria-labelledby="scoring-heading" className="card">
        <h2 id="scoring-heading">{t('results.scoringTitle')}</h2>
        <p>{t('results.scoringBody', { cut: blueprint.rawCutPercent, pass: blueprint.passingScore })}</p>
      </section>
      )}

      <div className="row">
        <Link href={paths.review(attempt.id)} className="button primary">
          {t('results.review')}
        </Link>
        <Link href={paths.history} className="button">
          {t('results.history')}
        </Link>
      </div>
    </div>
  );
}
