// First: before any module that defines a zod schema (see the file).
import './zodJitless.ts';
// The DOM font: Noto Sans KR split by unicode-range (woff2 subsets, self-hosted by Vite), so a page
// downloads only the subsets for the characters it shows and nothing comes from a font CDN.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/landing.css';
import './styles/list.css';
import './styles/booth.css';
import './styles/search.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
