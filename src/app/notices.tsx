import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { useT } from '@/components/use-t';
import { backupFilename, downloadText } from '@/lib/download';
import { createBackup } from '@/stores/backup';
import { useNoticesStore } from '@/stores/notices-store';

/** What the learner must know about their saved data, shown until dismissed. */
export function Notices() {
  const { t } = useT();
  const recovered = useNoticesStore((s) => s.recovered);
  const storageFull = useNoticesStore((s) => s.storageFull);
  const timedOut = useNoticesStore((s) => s.timedOut);
  const { dismissRecovered, dismissTimedOut, setStorageFull } = useNoticesStore.getState();
  if (recovered.length === 0 && !storageFull && timedOut.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {recovered.map((n, i) => (
        <div key={`${n.key}-${i}`} className="notice warning" role="alert">
          <p>{n.keptAs ? t('notice.recovered', { reason: n.reason, key: n.keptAs }) : t('notice.recoveredLost', { reason: n.reason })}</p>
          <Link href={paths.data}>{t('notice.openData')}</Link>
          <button type="button" className="ghost small" onClick={() => dismissRecovered(i)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
      {storageFull && (
        <div className="notice warning" role="alert">
          <p>{t('notice.storageFull')}</p>
          <button type="button" className="small" onClick={() => downloadText(backupFilename(), JSON.stringify(createBackup()))}>
            {t('notice.exportNow')}
          </button>
          <button type="button" className="ghost small" onClick={() => setStorageFull(false)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {timedOut.map((id) => (
        <div key={id} className="notice" role="status">
          <p>{t('notice.timeUpOnOpen')}</p>
          <Link href={paths.results(id)} onClick={() => dismissTimedOut(id)}>
            {t('notice.viewResults')}
          </Link>
          <button type="button" className="ghost small" onClick={() => dismissTimedOut(id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
