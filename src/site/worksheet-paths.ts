import { worksheetKinds } from '../lib/worksheets/kinds';

/** Static paths for `worksheets/[kind].astro`: one page per worksheet kind. */
export function worksheetStaticPaths() {
  return worksheetKinds.map((kind) => ({ params: { kind }, props: { kind } }));
}
