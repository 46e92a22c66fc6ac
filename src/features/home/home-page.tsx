import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { isExamId } from '@/config/exams';
import type { Shortage } from '@/engine/assemble';
import { BLUEPRINTS, getBlueprint } from '@/lib/blueprints';
import { useT, pick } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useSettingsStore } from '@/stores/settings-store';
import { ResumeBanner } from './resume-banner';
import { DueDrill } from './due-drill';
import { RecentAttempts } from './recent-attempts';

/** Choose an exam, see its format, set options and start a full mock. */
export function HomePage() {
  const { t, language } = useT();
  const [, navigate] = useLocation();
  const examId = useSettingsStore((s) => s.examId);
  const esl = useSettingsStore((s) => s.esl);
  const unscored = useSettingsStore((s) => s.unscored);
  const { setExamId, setEsl, setUnscored } = useSettingsStore.getState();
  const hasActive = useAttemptStore((s) => s.active !== null);
  const [starting, setStarting] = useState(false);
  const [shortages, setShortages] = useState<Shortage[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const blueprint = getBlueprint(examId);
  const unscoredApplies = blueprint.scoredQuestions < blueprint.totalQuestions;

  async function start() {
    setStarting(true);
    setShortages(null);
    setLoadError(false);
    try {
      const result = await useAttemptStore.getState().startMock({ examId, esl, unscored: unscored && unscoredApplies });
      if (result.ok) navigate(paths.exam);
      else setShortages(result.shortages);
    } catch {
      setLoadError(true);
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lede">{t('home.lede')}</p>
      <ResumeBanner />

      <section aria-labelledby="choose-exam">
        <h2 id="choose-exam">{t('home.chooseExam')}</h2>
        <div role="radiogroup" aria-labelledby="choose-exam" className="exam-choices">
          {BLUEPRINTS.map((bp) => (
            <label key={bp.id} className={bp.id === examId ? 'exam-choice selected' : 'exam-choice'}>
              <input
                type="radio"
                name="exam"
                value={bp.id}
                checked={bp.id === examId}
                onChange={(e) => isExamId(e.target.value) && setExamId(e.target.value)}
              />
              <span className="exam-code">
                {bp.code}
                {bp.id === 'soa-c03' && <span className="badge">{t('home.default')}</span>}
              </span>
              <span className="exam-name">{pick(bp.name, language)}</span>
              <span className="exam-format">
                {t('home.format', { questions: bp.totalQuestions, minutes: bp.minutes, pass: bp.passingScore })}
              </span>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="exam-format" className="card">
        <h2 id="exam-format">
          {blueprint.code} · {t('home.domains')}
        </h2>
        {blueprint.note && <p className="muted">{pick(blueprint.note, language)}</p>}
        <ul className="domain-weights">
          {blueprint.domains.map((d, i) => (
            <li key={d.id}>
              <span>
                {i + 1}. {pick(d.name, language)}
              </span>
              <span className="weight">{d.weight}%</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exam-options" className="card">
        <h2 id="exam-options">{t('home.options')}</h2>
        <div className="check-row">
          <input id="opt-esl" type="checkbox" checked={esl} onChange={(e) => setEsl(e.target.checked)} />
          <label htmlFor="opt-esl">{t('home.esl')}</label>
          <p className="hint">{t('home.eslHint')}</p>
        </div>
        <div className="check-row">
          <input
            id="opt-unscored"
            type="checkbox"
            checked={unscored && unscoredApplies}
            disabled={!unscoredApplies}
            onChange={(e) => setUnscored(e.target.checked)}
          />
          <label htmlFor="opt-unscored">{t('home.unscored')}</label>
          <p className="hint">{unscoredApplies ? t('home.unscoredHint') : t('home.unscoredNotApplicable')}</p>
        </div>
        <p className="rules">{t('home.rules')}</p>
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
      </section>

      <DueDrill examId={examId} />
      <p>
        <Link href={paths.drill} className="button">
          {t('home.drillLink')}
        </Link>
      </p>
      <RecentAttempts />
    </div>
  );
}
