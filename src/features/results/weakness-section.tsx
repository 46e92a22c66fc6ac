import { entriesFromAttempt } from '@/engine/answer-log';
import { rankDomains, weakestTopics } from '@/engine/weakness';
import type { Attempt } from '@/engine/types';
import { getBlueprint } from '@/lib/blueprints';
import { TopicDrillList } from '@/components/topic-drill-list';
import { useStartDrill } from '@/components/use-start-drill';
import { pick, useT } from '@/components/use-t';
import { useBankStore } from '@/stores/bank-store';

/** This attempt's domains ranked by the points a learner would gain, and its weakest topics, each one click from a drill. */
export function WeaknessSection({ attempt }: { attempt: Attempt }) {
  const { t, language } = useT();
  const bank = useBankStore((s) => s.banks[attempt.examId]);
  const { start, blocked } = useStartDrill();
  const blueprint = getBlueprint(attempt.examId);
  const ranked = rankDomains([attempt], blueprint).filter((d) => d.gain > 0);
  const topics = bank ? weakestTopics(entriesFromAttempt(attempt, bank.byId), bank.byId, attempt.examId, { minAnswers: 2, belowPercent: blueprint.rawCutPercent }) : [];
  const domainName = (id: string) => pick(blueprint.domains.find((d) => d.id === id)?.name ?? { en: id, ko: id }, language);

  const drill = (options: { domainIds?: string[]; topics?: string[] }) => start({ examId: attempt.examId, count: 10, practice: true, ...options });

  return (
    <section aria-labelledby="weakness-heading" className="card">
      <h2 id="weakness-heading">{t('results.weakness')}</h2>
      {ranked.length === 0 ? (
        <p>{t('results.noWeakness')}</p>
      ) : (
        <>
          <p className="muted">{t('results.weaknessHint', { cut: blueprint.rawCutPercent })}</p>
          <ol className="gain-list">
            {ranked.map((d) => (
              <li key={d.domainId}>
                <span>
                  {domainName(d.domainId)} · {d.percent}% · <strong>{t('results.gain', { n: d.gain })}</strong>
                </span>
                <button type="button" className="small" disabled={blocked} onClick={() => void drill({ domainIds: [d.domainId] })}>
                  {t('results.drillDomain', { domain: domainName(d.domainId) })}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {topics.length > 0 && (
        <>
          <h3>{t('results.weakTopics')}</h3>
          <TopicDrillList topics={topics} disabled={blocked} onDrill={(topic) => void drill({ topics: [topic] })} />
        </>
      )}
    </section>
  );
}
