import { Dialog } from '@/components/dialog';
import { useT } from '@/components/use-t';

interface EndExamDialogProps {
  unanswered: number;
  flagged: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Last check before ending: says how many are unanswered, because they count as wrong. */
export function EndExamDialog({ unanswered, flagged, onConfirm, onCancel }: EndExamDialogProps) {
  const { t } = useT();
  return (
    <Dialog
      title={t('end.title')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('end.keepGoing')}
          </button>
          <button type="button" className="danger" onClick={onConfirm}>
            {t('end.confirm')}
          </button>
        </>
      }
    >
      <p>{unanswered > 0 ? t('end.unanswered', { n: unanswered }) : t('end.allAnswered')}</p>
      {flagged > 0 && <p>{t('end.flagged', { n: flagged })}</p>}
    </Dialog>
  );
}
