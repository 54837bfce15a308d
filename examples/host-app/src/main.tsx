import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FleetDashboard } from './FleetDashboard';
import ReadmeExample from './ReadmeExample';

// `#readme` shows the README's usage example exactly as written; anything else the dashboard.
const Page = window.location.hash === '#readme' ? ReadmeExample : FleetDashboard;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
