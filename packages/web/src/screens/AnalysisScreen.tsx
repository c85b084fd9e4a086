import type { Route } from '../router.ts';

export default function AnalysisScreen(_props: { route: Route }) {
  return <h1>Analysis</h1>;
}
