import '@/screens.css';
import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { unansweredCount } from '@/engine/attempt';
import { getBlueprint } from '@/lib/blueprints';
import { useOtherLanguage } from '@/components/question-tools';
import { useBank } from '@/components/use-bank';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { ExamClock } from './exam-clock';
import { EndExamDialog } from './end-exam-dialog';
import { PracticeFeedback } from './practice-feedback';
import { QuestionMap } from './question-map';
import { QuestionPanel } from './question-panel';
import { ReviewScreen } from './review-screen';
import { useExamOwnership } from './use-exam-ownership';
import { useExamShortcuts } from './use-exam-shortcuts';
import { useQuestionAddress } from './use-question-address';

/** The exam screen: one question at a time under a countdown, with a map and a review screen. */
export default function ExamPage() {
  const { t } = useT();
  const [, navigate] = useLocation();
  const active = useAttemptStore((s) => s.active);
  const { bank, failed: bankError } = useBank(active?.examId);
  const [view, setView] = useState<'question' | 'review'>('question');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const other = useOtherLanguage();


  const onTimeUp = useCallback(() => {
    void useAttemptStore
      .getState()
      .settleIfDue(Date.now())
      .then((id) => id && navigate(paths.results(id)));
  }, [navigate]);

  const { readOnly, settled, takeOver } = useExamOwnership(active?.id);
  useQuestionAddress({ settled, readOnly });
  const handlers = useMemo(
    () => ({
      choose: (position: number) => {
        const s = useAttemptStore.getState();
        const optionId = s.active?.items[s.active.current]?.optionOrder[position];
        if (optionId) s.select(optionId);
      },
      previous: () => {
        const s = useAttemptStore.getState();
        if (s.active) s.goTo(s.active.current - 1);
      },
      next: () => {
        const s = useAttemptStore.getState();
        if (s.active) s.goTo(s.active.current + 1);
      },
      flag: () => useAttemptStore.getState().toggleFlag(),
    }),
    [],
  );
  const jump = useCallback((index: number) => {
    useAttemptStore.getState().goTo(index);
    setView('question');
  }, []);
  const paused = active?.pausedAt != null;
  useExamShortcuts(active !== null && view === 'question' && !confirmEnd && !paused && !readOnly, handlers);

  if (!active) {
    return (
      <div className="card">
        <p>{t('exam.noAttempt')}</p>
        <Link href={paths.home}>{t('exam.goHome')}</Link>
      </div>
    );
  }
  if (bankError) return <p role="alert">{t('error.bankLoad')}</p>;
  if (!bank) return <p aria-busy="true">{t('common.loading')}</p>;

  const item = active.items[active.current]!;
  const question = bank.byId.get(item.questionId);
  const total = active.items.length;
  const flagged = active.flagged.includes(item.questionId);
  const blueprint = getBlueprint(active.examId);
  const isDrill = active.mode === 'drill';
  const practice = active.settings.practice;
  const selected = active.answers[item.questionId] ?? [];
  const revealed = active.revealed.includes(item.questionId);
  const modeLabel = !isDrill ? t('exam.mode.mock') : practice ? t('exam.mode.drillPractice') : t('exam.mode.drillExam');

  async function endExam() {
    setConfirmEnd(false);
    const id = await useAttemptStore.getState().submit(Date.now());
    if (id) navigate(paths.results(id));
  }


  return (
    <div className="exam">
      <header className="exam-bar">
        <div className="exam-meta">
          <span className="exam-code">{blueprint.code}</span>
          <span className="mode-badge">{modeLabel}</span>
        </div>
        <div className="row">
          {isDrill &&
            (paused ? null : (
              <button type="button" className="small" onClick={() => useAttemptStore.getState().pause(Date.now())}>
                ⏸ {t('exam.pause')}
              </button>
            ))}
          <ExamClock deadline={active.deadline} pausedAt={active.pausedAt} onTimeUp={onTimeUp} />
        </div>
      </header>
      {readOnly && (
        <div className="notice warning" role="alert">
          <p>{t('exam.otherTab')}</p>
          <button type="button" className="primary small" onClick={takeOver}>
            {t('exam.useThisTab')}
          </button>
        </div>
      )}
      <div className="progress-row">
        <h1 className="question-count">{t('exam.questionOf', { n: active.current + 1, total })}</h1>
        <progress max={total} value={total - unansweredCount(active)} aria-label={t('exam.progress')} />
      </div>

      <div className="exam-body">
        <div className="exam-main">
          {paused ? (
            <section className="paused" aria-labelledby="paused-title">
              <h2 id="paused-title">{t('exam.paused')}</h2>
              <p>{t('exam.pausedBody')}</p>
              <button type="button" className="primary" onClick={() => useAttemptStore.getState().resume(Date.now())}>
                ▶ {t('exam.resume')}
              </button>
            </section>
          ) : view === 'review' ? (
            <ReviewScreen attempt={active} onJump={jump} onEnd={() => setConfirmEnd(true)} />
          ) : question ? (
            <QuestionPanel
              item={item}
              question={question}
              selected={selected}
              disabled={revealed || readOnly}
              showOther={other.isOther(item.questionId)}
              onToggleLanguage={() => other.toggle(item.questionId)}
              onSelect={(optionId) => useAttemptStore.getState().select(optionId)}
            />
          ) : (
            <p role="alert">{t('exam.missingQuestion', { id: item.questionId })}</p>
          )}

          {!paused && view === 'question' && question && revealed && (
            <PracticeFeedback item={item} question={question} selected={selected} showOther={other.isOther(item.questionId)} examCode={blueprint.code} />
          )}

          {!paused && view === 'question' && (
            <div className="exam-actions">
              <button type="button" onClick={handlers.previous} disabled={active.current === 0}>
                ← {t('exam.previous')}
              </button>
              <button type="button" aria-pressed={flagged} className={flagged ? 'flag on' : 'flag'} onClick={handlers.flag}>
                ⚑ {flagged ? t('exam.unflag') : t('exam.flag')}
              </button>
              {selected.length > 0 && !revealed && (
                <button type="button" className="ghost" onClick={() => useAttemptStore.getState().clear()}>
                  {t('exam.clear')}
                </button>
              )}
              {practice && !revealed && (
                <button type="button" onClick={() => useAttemptStore.getState().reveal()} disabled={selected.length === 0}>
                  {t('exam.check')}
                </button>
              )}
              {active.current < total - 1 ? (
                <button type="button" className="primary" onClick={handlers.next}>
                  {t('exam.next')} →
                </button>
              ) : (
                <button type="button" className="primary" onClick={() => setView('review')}>
                  {t('exam.review')}
                </button>
              )}
            </div>
          )}
          <p className="shortcuts muted small">{t('exam.shortcuts')}</p>
        </div>

        <aside className="exam-side">
          {!paused && <QuestionMap attempt={active} onJump={jump} />}
          <div className="side-actions">
            {paused ? null : view === 'review' ? (
              <button type="button" onClick={() => setView('question')}>
                {t('review.backToExam', { n: active.current + 1 })}
              </button>
            ) : (
              <button type="button" onClick={() => setView('review')}>
                {t('exam.review')}
              </button>
            )}
            <button type="button" className="danger" onClick={() => setConfirmEnd(true)}>
              {isDrill ? t('exam.endDrill') : t('exam.end')}
            </button>
          </div>
        </aside>
      </div>

      {confirmEnd && (
        <EndExamDialog unanswered={unansweredCount(active)} flagged={active.flagged.length} onConfirm={() => void endExam()} onCancel={() => setConfirmEnd(false)} />
      )}
    </div>
  );
}
