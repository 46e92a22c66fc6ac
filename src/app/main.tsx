import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from 'zod/mini';
import { App } from './app';
import { loadScreenFor } from './page-loaders';
import '../styles.css';

// zod otherwise probes `new Function`, which the Content-Security-Policy rightly blocks.
config({ jitless: true });

const root = document.getElementById('root');
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // The first render shows the screen the address names, not a loading fallback (see loadScreenFor).
  void loadScreenFor(window.location.hash).then(render, render);
}
