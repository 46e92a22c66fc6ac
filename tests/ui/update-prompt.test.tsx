import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdatePrompt } from '@/app/update-prompt';
import { makeQuestion } from '../utils/make-question';
import { renderAt, startAttempt } from '../utils/render-app';

const worker = vi.hoisted(() => ({ needRefresh: false, offlineReady: false, updateServiceWorker: vi.fn(async () => undefined) }));

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: () => {
      const needRefresh = useState(worker.needRefresh);
      const offlineReady = useState(worker.offlineReady);
      return { needRefresh, offlineReady, updateServiceWorker: worker.updateServiceWorker };
    },
  };
});

beforeEach(() => {
  worker.needRefresh = false;
  worker.offlineReady = false;
  worker.updateServiceWorker.mockClear();
});

describe('messages from the service worker', () => {
  it('says once that the app works offline, until dismissed', async () => {
    const user = userEvent.setup();
    worker.offlineReady = true;
    renderAt(<UpdatePrompt />, '/');
    expect(screen.getByRole('status')).toHaveTextContent('now work offline');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('offers a waiting version and reloads into it on request', async () => {
    const user = userEvent.setup();
    worker.needRefresh = true;
    renderAt(<UpdatePrompt />, '/history');
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(worker.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('shows neither while an exam is on screen', () => {
    worker.needRefresh = true;
    worker.offlineReady = true;
    startAttempt('soa-c03', [makeQuestion('soa-test-one', { 'soa-c03': 'monitoring' })]);
    renderAt(<UpdatePrompt />, '/exam/1');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
