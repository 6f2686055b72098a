/**
 * The browser IDE, served from this process: GraphiQL (from @graphql-yoga/render-graphiql) inlines
 * its scripts and styles, so it works on closed networks (Apollo Sandbox loads from a CDN).
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE = `# Đồ thị căn cứ pháp lý và trách nhiệm — try:
query Lineage {
  lineage(document: "bo-cong-an/07-ct-bca-v28/2014", direction: DOWN) {
    steps { depth relation from { key title } to { key title stub } }
  }
}
`;

let cached: string | null = null;
export function graphiqlPage(): string {
  cached ??= renderGraphiQL({
    title: 'Legal-basis & responsibility graph',
    endpoint: '/graphql',
    defaultQuery: EXAMPLE,
    // no subscriptions; no external fetches
  } as Parameters<typeof renderGraphiQL>[0]);
  return cached;
}
