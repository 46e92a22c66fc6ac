import './home.css';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { isExamId } from '@/config/exams';
import { BLUEPRINTS, getBlueprint } from '@/lib/blueprints';
import { pick, useT } from '@/components/use-t';
import { useSettingsStore } from '@/stores/settings-store';

import { DueDrill } from './due-drill';
import { RecentAttempts } from './recent-attempts';
import { ResumeBanner } from './resume-banner';
import { StartMock } from './start-mock';

/** Resume, choose an exam and its options, start a mock or the due drill, and see recent attempts. */
export function HomeBody() {
  const { t, language } = useT();
  const examId = useSettingsStore((s) => s.examId);
  const esl = useSettingsStore((s) => s.esl);
  const unscored = useSettingsStore((s) => s.unscored);
  const { setExamId, setEsl, setUnscored } = useSettingsStore.getState();
  const blueprint = getBlueprint(examId);
  const unscoredApplies = blueprint.scoredQuestions < blueprint.totalQuestions;

  return (
    <>
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
        <StartMock examId={examId} esl={esl} unscored={unscored && unscoredApplies} />
      </section>

      <DueDrill examId={examId} />
      <p>
        <Link href={paths.drill} className="button">
          {t('home.drillLink')}
        </Link>
      </p>
      <RecentAttempts />
    </>
  );
}
