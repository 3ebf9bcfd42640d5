import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './shell/app.css';
import { startCorpusLoad } from './data/useCorpus.ts';
import { App } from './shell/App.tsx';

void startCorpusLoad();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
