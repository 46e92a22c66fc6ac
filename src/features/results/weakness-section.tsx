import { useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { entriesFromAttempt } from '@/engine/answer-log';
import { rankDomains, weakestTopics } from '@/engine/weakness';
import type { Attempt } from '@/engine/types';
import { getBlueprint } from '@/lib/blueprints';
import { pick, useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';

/** This attempt's domains ranked by the points a learner would gain, and its weakest topics, each one click from a drill. */
export function WeaknessSection({ attempt }: { attempt: Attempt }) {
  const { t, language } = useT();
  const [, navigate] = useLocation();
  const bank = useBankStore((s) => s.banks[attempt.examId]);
  const hasActive = useAttemptStore((s) => s.active !== null);
  const [busy, setBusy] = useState(false);
  const blueprint = getBlueprint(attempt.examId);
  const ranked = rankDomains([attempt], blueprint).filter((d) => d.gain > 0);
  const topics = bank ? weakestTopics(entriesFromAttempt(attempt, bank.byId), bank.byId, attempt.examId, { minAnswers: 2, belowPercent: blueprint.rawCutPercent }) : [];
  const domainName = (id: string) => pick(blueprint.domains.find((d) => d.id === id)?.name ?? { en: id, ko: id }, language);

  async function drill(options: { domainIds?: string[]; topics?: string[] }) {
    setBusy(true);
    const result = await useAttemptStore.getState().startDrill({ examId: attempt.examId, count: 10, practice: true, ...options });
    setBusy(false);
    if (result.ok) navigate(paths.exam);
  }

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
                <button type="button" className="small" disabled={busy || hasActive} onClick={() => void drill({ domainIds: [d.domainId] })}>
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
          <ul className="gain-list">
            {topics.map((topic) => (
              <li key={topic.topic}>
                <span>
                  <code>{topic.topic}</code> · {topic.correct}/{topic.total}
                </span>
                <button type="button" className="small" disabled={busy || hasActive} onClick={() => void drill({ topics: [topic.topic] })}>
                  {t('results.drillTopic', { topic: topic.topic })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
