import { useRegisterSW } from 'virtual:pwa-register/react';
import { useLocation } from 'wouter';
import { isExamPath } from '@/config/paths';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';

/**
 * Offers a new version when one is waiting, and says once when the app works offline. Neither
 * shows while an exam is on screen: nothing swaps mid-exam, and nothing covers its controls.
 */
export function UpdatePrompt() {
  const { t } = useT();
  const [location] = useLocation();
  const examOnScreen = useAttemptStore((s) => s.active !== null) && isExamPath(location);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh && !examOnScreen) {
    return (
      <div className="notice" role="status">
        <p>{t('pwa.update')}</p>
        <button type="button" className="small primary" onClick={() => void updateServiceWorker(true)}>
          {t('pwa.reload')}
        </button>
        <button type="button" className="small ghost" onClick={() => setNeedRefresh(false)}>
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (offlineReady && !examOnScreen) {
    return (
      <div className="notice" role="status">
        <p>{t('pwa.offlineReady')}</p>
        <button type="button" className="small ghost" onClick={() => setOfflineReady(false)}>
          {t('notice.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
