/** Read-only routes over the historical record and the analysis library (thin: the libraries do the work). */
import type { QueryRoute } from './app.ts';

export async function queryRoutes(): Promise<Record<string, QueryRoute>> {
  return {};
}
