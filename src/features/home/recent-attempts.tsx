import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { getBlueprint } from '@/lib/blueprints';
import { formatDateTime } from '@/components/format';
import { useT } from '@/components/use-t';
import { useHistoryStore } from '@/stores/history-store';

/** The last few attempts, a step from the full history. */
export function RecentAttempts() {
  const { t, language } = useT();
  const attempts = useHistoryStore((s) => s.attempts);
  const recent = attempts.slice(0, 3);
  return (
    <section aria-labelledby="recent-title" className="card">
      <h2 id="recent-title">{t('home.recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('home.noAttempts')}</p>
      ) : (
        <ul className="recent">
          {recent.map((a) => (
            <li key={a.id}>
              <Link href={paths.results(a.id)}>
                {formatDateTime(a.finishedAt ?? a.startedAt, language)} · {getBlueprint(a.examId).code} · {a.result?.scaledScore}{' '}
                {a.result?.passed ? t('results.pass') : t('results.fail')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {attempts.length > 0 && <Link href={paths.history}>{t('results.history')}</Link>}
    </section>
  );
}
