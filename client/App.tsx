import { BrowserRouter, Route, Routes } from 'react-router';
import { Landing } from './routes/Landing.tsx';
import { ListRoute } from './routes/ListRoute.tsx';
import { NotFound } from './routes/NotFound.tsx';
import { WorldOrBoothPage } from './routes/WorldOrBoothPage.tsx';

/**
 * Routes, the same for the browser (App) and the server (entry-server.tsx, under a StaticRouter), so
 * the server's HTML is what the browser's first render produces. /world and /booth/:id share one
 * pathless layout route whose element stays mounted when the visitor moves between them, so the 3D
 * canvas is not rebuilt when a booth opens or closes. The layout decides between the world and the
 * list-view booth page (?view=list).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Landing />} />
      <Route path="/list" element={<ListRoute />} />
      <Route element={<WorldOrBoothPage />}>
        <Route path="/world" element={null} />
        <Route path="/booth/:id" element={null} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
