import '@/screens.css';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { paths } from '@/config/paths';
import { getBlueprint } from '@/lib/blueprints';
import { useOtherLanguage } from '@/components/question-tools';
import { useBankDetails } from '@/components/use-bank';
import { pick, useT } from '@/components/use-t';
import { useFinishedAttempt } from '@/stores/use-finished-attempt';
import { STATUS_FILTERS, filterItems, type StatusFilter } from './review-filters';
import { ReviewedQuestion } from './reviewed-question';

/** Every question of a finished attempt, filterable by outcome and domain. */
export default function ReviewPage() {
  const { t, language } = useT();
  const { attemptId = '' } = useParams<{ attemptId: string }>();
  const attempt = useFinishedAttempt(attemptId);
  const { bank, failed: bankError } = useBankDetails(attempt?.examId);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [domain, setDomain] = useState('all');
  const other = useOtherLanguage();

  if (!attempt) {
    return (
      <div className="card">
        <p role="alert">{t('results.notFound')}</p>
        <Link href={paths.history}>{t('results.history')}</Link>
      </div>
    );
  }
  if (bankError) return <p role="alert">{t('error.bankLoad')}</p>;
  if (!bank) return <p aria-busy="true">{t('rv.loading')}</p>;

  const blueprint = getBlueprint(attempt.examId);
  const shown = filterItems(attempt, bank.byId, status, domain);

  return (
    <div className="review">
      <h1>{t('rv.title')}</h1>
      <p>
        <Link href={paths.results(attempt.id)}>← {t('results.title')}</Link>
      </p>
      <div className="filters card">
        <fieldset className="status-filter">
          <legend>{t('rv.filter')}</legend>
          {STATUS_FILTERS.map((f) => (
            <label key={f}>
              <input type="radio" name="status" value={f} checked={status === f} onChange={() => setStatus(f)} />
              {t(`rv.filter.${f}`)}
            </label>
          ))}
        </fieldset>
        <label className="domain-filter">
          {t('rv.domainFilter')}
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="all">{t('rv.allDomains')}</option>
            {blueprint.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {pick(d.name, language)}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className="muted">
          {t('rv.count', { n: shown.length })}
        </p>
      </div>
      {shown.length === 0 && <p>{t('rv.none')}</p>}
      {shown.map(({ item, number, outcome }) => {
        const question = bank.byId.get(item.questionId);
        if (!question) return <p key={item.questionId}>{t('exam.missingQuestion', { id: item.questionId })}</p>;
        return (
          <ReviewedQuestion
            key={item.questionId}
            number={number}
            item={item}
            question={question}
            selected={attempt.answers[item.questionId] ?? []}
            outcome={outcome}
            flagged={attempt.flagged.includes(item.questionId)}
            showOther={other.isOther(item.questionId)}
            onToggleLanguage={() => other.toggle(item.questionId)}
            examCode={blueprint.code}
          />
        );
      })}
    </div>
  );
}
