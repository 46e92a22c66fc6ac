import { useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import type { ExamId } from '@/config/exams';
import type { Shortage } from '@/engine/assemble';
import { getBlueprint } from '@/lib/blueprints';
import { pick, useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';

/** The Start button, hidden while another attempt is in progress (the resume banner offers that one). */
export function StartMock({ examId, esl, unscored }: { examId: ExamId; esl: boolean; unscored: boolean }) {
  const { t, language } = useT();
  const [, navigate] = useLocation();
  const hasActive = useAttemptStore((s) => s.active !== null);
  const [starting, setStarting] = useState(false);
  const [shortages, setShortages] = useState<Shortage[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const blueprint = getBlueprint(examId);

  async function start() {
    setStarting(true);
    setShortages(null);
    setLoadError(false);
    try {
      const result = await useAttemptStore.getState().startMock({ examId, esl, unscored });
      if (result.ok) navigate(paths.exam);
      else setShortages(result.shortages);
    } catch {
      setLoadError(true);
    } finally {
      setStarting(false);
    }
  }

  return (
    <>
      {hasActive ? null : (
        <button type="button" className="primary big" onClick={() => void start()} disabled={starting}>
          {starting ? t('home.starting') : t('home.start')}
        </button>
      )}
      {shortages && (
        <p role="alert" className="error">
          {t('home.shortage', {
            domains: shortages
              .map((s) =>
                t('home.shortageItem', {
                  domain: pick(blueprint.domains.find((d) => d.id === s.domainId)?.name ?? { en: s.domainId, ko: s.domainId }, language),
                  available: s.available,
                  needed: s.needed,
                }),
              )
              .join(', '),
          })}
        </p>
      )}
      {loadError && (
        <p role="alert" className="error">
          {t('error.bankLoad')}
        </p>
      )}
    </>
  );
}
