import App from './App';

/** The README's usage example (`App.tsx`, pasted in by the consumer check) as it is written. */
export default function Readme() {
  return <App />;
}
