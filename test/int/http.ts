/** Talk to the API the way clients do: HTTP POST with a typed document. */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from '../../src/server/app.js';

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

export function client(baseUrl: string) {
  return async function gql<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };
}

export async function listen(app: App): Promise<string> {
  const port = await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}
