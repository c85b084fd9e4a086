import type { Route } from '../router.ts';

export default function LiveScreen(_props: { route: Route }) {
  return <h1>Live</h1>;
}
