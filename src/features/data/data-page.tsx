import '@/screens.css';
import { useState } from 'react';
import { backupFilename, downloadText } from '@/lib/download';
import { listKeptAside } from '@/lib/storage/kept-aside';
import { formatDateTime } from '@/components/format';
import { useT } from '@/components/use-t';
import { createBackup, importBackup, type ImportResult } from '@/stores/backup';

/** Export and import everything, and what could not be read. */
export default function DataPage() {
  const { t, language } = useT();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [kept, setKept] = useState(() => listKeptAside());

  async function onFile(file: File | undefined) {
    if (!file) return;
    setResult(importBackup(await file.text()));
  }

  return (
    <div className="data">
      <h1>{t('data.title')}</h1>
      <section aria-labelledby="export-heading" className="card">
        <h2 id="export-heading">{t('data.export')}</h2>
        <p>{t('data.exportBody')}</p>
        <button type="button" className="primary" onClick={() => downloadText(backupFilename(), JSON.stringify(createBackup()))}>
          {t('data.exportButton')}
        </button>
      </section>

      <section aria-labelledby="import-heading" className="card">
        <h2 id="import-heading">{t('data.import')}</h2>
        <p>{t('data.importBody')}</p>
        <label className="field">
          {t('data.importLabel')}
          <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {result &&
          (result.ok ? (
            <p role="status" className="ok-text">
              {t('data.imported', { attempts: result.addedAttempts, skipped: result.skippedAttempts, answers: result.addedAnswers })}
              {result.restoredActive ? ` ${t('data.restoredActive')}` : ''}
            </p>
          ) : (
            <p role="alert" className="error">
              {t('data.importFailed', { reason: result.reason })}
            </p>
          ))}
      </section>

      <section aria-labelledby="kept-heading" className="card">
        <h2 id="kept-heading">{t('data.kept')}</h2>
        {kept.length === 0 ? (
          <p className="muted">{t('data.keptNone')}</p>
        ) : (
          <>
            <p>{t('data.keptBody')}</p>
            <ul className="gain-list">
              {kept.map((k) => (
                <li key={k.key}>
                  <span>
                    <code>{k.key}</code> · {formatDateTime(k.at, language)} · {Math.ceil(k.bytes / 1024)} KB
                  </span>
                  <span className="row">
                    <button type="button" className="small" onClick={() => downloadText(`${k.key.replace(/[^a-z0-9-]+/gi, '-')}.json`, localStorage.getItem(k.key) ?? '', 'text/plain')}>
                      {t('data.download')}
                    </button>
                    <button
                      type="button"
                      className="small danger"
                      onClick={() => {
                        localStorage.removeItem(k.key);
                        setKept(listKeptAside());
                      }}
                    >
                      {t('data.delete')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
