import type { Route } from '../router.ts';

export default function ReplayScreen(_props: { route: Route }) {
  return <h1>Replay</h1>;
}
