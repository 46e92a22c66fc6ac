import '@/screens.css';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { isExamId } from '@/config/exams';
import { DRILL_MAX, DRILL_MIN, drillMinutes, drillPool } from '@/engine/drill';
import { BLUEPRINTS, getBlueprint } from '@/lib/blueprints';
import { pick, useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';
import { useSettingsStore } from '@/stores/settings-store';

type Timing = 'pace' | 'custom' | 'untimed';

/** Set up a drill: exam, domains, topic tags, number of questions, timing and practice mode. */
export default function DrillPage() {
  const { t, language } = useT();
  const [, navigate] = useLocation();
  const examId = useSettingsStore((s) => s.examId);
  const hasActive = useAttemptStore((s) => s.active !== null);
  const bank = useBankStore((s) => s.banks[examId]);
  const [domainIds, setDomainIds] = useState<string[]>([]);
  const [chosenTopics, setChosenTopics] = useState<string[]>([]);
  const [count, setCount] = useState(10);
  const [timing, setTiming] = useState<Timing>('pace');
  const [customMinutes, setCustomMinutes] = useState(15);
  const [practice, setPractice] = useState(true);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  const blueprint = getBlueprint(examId);

  useEffect(() => {
    void useBankStore
      .getState()
      .load(examId)
      .then(() => setFailed(false))
      .catch(() => setFailed(true));
  }, [examId]);

  function chooseExam(value: string) {
    if (!isExamId(value)) return;
    setDomainIds([]);
    setChosenTopics([]);
    useSettingsStore.getState().setExamId(value);
  }

  const topics = useMemo(() => [...new Set(bank?.questions.filter((q) => q.exams[examId]).flatMap((q) => q.topics) ?? [])].sort(), [bank, examId]);
  const available = bank ? drillPool({ blueprint, questions: bank.questions, domainIds, topics: chosenTopics }).length : 0;
  const validCount = Number.isInteger(count) && count >= DRILL_MIN && count <= DRILL_MAX;

  async function start() {
    setStarting(true);
    const result = await useAttemptStore.getState().startDrill({
      examId,
      count,
      domainIds,
      topics: chosenTopics,
      minutes: timing === 'untimed' ? null : timing === 'custom' ? customMinutes : undefined,
      practice,
    });
    setStarting(false);
    if (result.ok) navigate(paths.exam);
  }

  return (
    <div className="drill">
      <h1>{t('drill.title')}</h1>
      <p className="lede">{t('drill.lede')}</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label className="field">
          {t('drill.exam')}
          <select value={examId} onChange={(e) => chooseExam(e.target.value)}>
            {BLUEPRINTS.map((bp) => (
              <option key={bp.id} value={bp.id}>
                {bp.code} · {pick(bp.name, language)}
              </option>
            ))}
          </select>
        </label>

        <fieldset className="field">
          <legend>{t('drill.domains')}</legend>
          <p className="hint">{t('drill.domainsHint')}</p>
          {blueprint.domains.map((d) => (
            <label key={d.id} className="check">
              <input
                type="checkbox"
                checked={domainIds.includes(d.id)}
                onChange={(e) => setDomainIds((prev) => (e.target.checked ? [...prev, d.id] : prev.filter((x) => x !== d.id)))}
              />
              {pick(d.name, language)}
            </label>
          ))}
        </fieldset>

        <label className="field">
          {t('drill.topics')}
          <select multiple size={6} aria-describedby="topics-hint" value={chosenTopics} onChange={(e) => setChosenTopics([...e.target.selectedOptions].map((o) => o.value))}>
            {topics.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <p id="topics-hint" className="hint">
          {t('drill.topicsHint')}
        </p>

        <label className="field">
          {t('drill.count')}
          <input type="number" min={DRILL_MIN} max={DRILL_MAX} value={Number.isNaN(count) ? '' : count} onChange={(e) => setCount(e.target.valueAsNumber)} />
        </label>
        <p role="status" className="muted">
          {bank ? (available > 0 ? t('drill.available', { n: available }) : t('drill.empty')) : t('common.loading')}
        </p>

        <fieldset className="field">
          <legend>{t('drill.timing')}</legend>
          <label className="check">
            <input type="radio" name="timing" checked={timing === 'pace'} onChange={() => setTiming('pace')} />
            {t('drill.timed')} ({t('common.minutes', { n: drillMinutes(Math.min(validCount ? count : DRILL_MIN, Math.max(available, 1))) })})
          </label>
          <label className="check">
            <input type="radio" name="timing" checked={timing === 'custom'} onChange={() => setTiming('custom')} />
            {t('drill.custom')}
          </label>
          {timing === 'custom' && (
            <label className="field inline">
              {t('drill.customMinutes')}
              <input type="number" min={1} max={600} value={Number.isNaN(customMinutes) ? '' : customMinutes} onChange={(e) => setCustomMinutes(e.target.valueAsNumber)} />
            </label>
          )}
          <label className="check">
            <input type="radio" name="timing" checked={timing === 'untimed'} onChange={() => setTiming('untimed')} />
            {t('drill.untimed')}
          </label>
        </fieldset>

        <label className="check">
          <input type="checkbox" checked={practice} onChange={(e) => setPractice(e.target.checked)} />
          {t('drill.practice')}
        </label>

        {failed && (
          <p role="alert" className="error">
            {t('error.bankLoad')}
          </p>
        )}
        <button
          type="submit"
          className="primary big"
          disabled={starting || hasActive || !bank || available === 0 || !validCount || (timing === 'custom' && !(customMinutes >= 1))}
        >
          {t('drill.start')}
        </button>
        {hasActive && <p className="muted">{t('home.resumeTitle')}</p>}
      </form>
    </div>
  );
}
