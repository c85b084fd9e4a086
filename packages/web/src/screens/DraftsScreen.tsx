import type { Route } from '../router.ts';

export default function DraftsScreen(_props: { route: Route }) {
  return <h1>Drafts</h1>;
}
