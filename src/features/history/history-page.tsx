import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { getBlueprint } from '@/lib/blueprints';
import { formatDateTime, formatDuration } from '@/components/format';
import { useT } from '@/components/use-t';
import { useHistoryStore } from '@/stores/history-store';

/** Every finished attempt, newest first. */
export default function HistoryPage() {
  const { t, language } = useT();
  const attempts = useHistoryStore((s) => s.attempts);
  return (
    <div className="history">
      <h1>{t('history.title')}</h1>
      {attempts.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.exam')}</th>
                <th scope="col">{t('history.score')}</th>
                <th scope="col">{t('history.result')}</th>
                <th scope="col">{t('history.time')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => {
                const date = formatDateTime(a.finishedAt ?? a.startedAt, language);
                return (
                  <tr key={a.id}>
                    <td>{date}</td>
                    <td>{getBlueprint(a.examId).code}</td>
                    <td>{a.result?.scaledScore}</td>
                    <td className={a.result?.passed ? 'meets' : 'needs'}>{a.result?.passed ? t('results.pass') : t('results.fail')}</td>
                    <td>{formatDuration(a.result?.timeUsedMs ?? 0, language)}</td>
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
      )}
    </div>
  );
}
