import { useCoreT } from '@/components/use-core-t';
import { deferred } from '@/components/deferred';

const HomeBody = deferred(() => import('./home-body').then((m) => m.HomeBody));

/**
 * The home page. Its title paints with the first download; the body (exam choice, options, start,
 * resume, due drill, recent attempts) needs the saved attempts and the blueprints, so it is the
 * first thing fetched after it.
 */
export function HomePage() {
  const { t } = useCoreT();
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lede">{t('home.lede')}</p>
      <HomeBody fallback={<p aria-busy="true" className="loading-late">{t('common.loading')}</p>} failed={<p role="alert">{t('common.loadFailed')}</p>} />
    </div>
  );
}
