import type { Route } from '../router.ts';

export default function HistoryScreen(_props: { route: Route }) {
  return <h1>History</h1>;
}
